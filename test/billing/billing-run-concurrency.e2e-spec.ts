import { BillingRunIssueService, BillingRunPreviewService } from '@tamago/billing';
import { TransactionRunner } from '@tamago/database';
import { Role } from '@tamago/identity';
import { TestFacility, bearer, createFacility, createUser } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';
import { activeTenant } from '../support/tenants';
import { activeLease, spaces } from '../metering/helpers';
import { invoicesOf, issueRun, previewRun, registerIssuer, waitForRun } from './billing-helpers';

/**
 * The worker runs several billing jobs at once (QUEUE_CONCURRENCY.billing > 1): runs of different
 * facilities side by side, and — when a job is retried while another still runs, or two runs of one
 * facility are issued together — the same facility twice. One draft per transaction
 * (BILLING_ISSUE_CHUNK=1) so concurrent issuers interleave between invoices.
 */
describe('billing runs at once: several jobs on one worker', () => {
  let t: TestApp;
  let a: TestFacility;
  let b: TestFacility;
  let acctA: string;
  let acctB: string;
  const tenantsA: string[] = [];

  /** The numeric sequences of invoice numbers (`INV-YYYYMM-00012` → 12). */
  const sequences = (numbers: (string | null)[]) => numbers.map((n) => Number(n!.slice(-5))).sort((x, y) => x - y);
  const contiguous = (from: number, count: number) => Array.from({ length: count }, (_, i) => from + i);

  beforeAll(async () => {
    t = await createTestApp({ worker: true, env: { BILLING_ISSUE_CHUNK: '1' } });
    a = await createFacility(t.app, t.http, '同時請求A');
    b = await createFacility(t.app, t.http, '同時請求B');
    acctA = (await createUser(t.app, t.http, a.facilityId, [Role.Accountant])).token;
    acctB = (await createUser(t.app, t.http, b.facilityId, [Role.Accountant])).token;
    await registerIssuer(t.http, acctA);
    await registerIssuer(t.http, acctB);
    await t.http
      .patch('/api/v1/facility')
      .set(bearer(acctA))
      .send({
        utilityUnitPrices: [
          { kind: 'electricity', description: '電気料金', unit: 'kWh', unitPrice: 31, taxCategory: 'standard' },
          { kind: 'water', description: '水道料金', unit: 'm³', unitPrice: 200, taxCategory: 'standard' },
        ],
      })
      .expect(200);
    const roomsA = await spaces(t.http, a.adminToken, ['C-101', 'C-102', 'C-103', 'C-104']);
    for (const [i, code] of ['C-101', 'C-102', 'C-103', 'C-104'].entries()) {
      const tenant = await activeTenant(t.http, a.adminToken, `同時テナント${i}`);
      tenantsA.push(tenant);
      await activeLease(t.http, a.adminToken, tenant, roomsA[code], '2026-01-01', '2028-12-31');
    }
    // October's electricity of C-101 and C-102 and water of C-101: billed on November's invoices.
    const read = (code: string, kind: string, readOn: string, value: number) =>
      t.http
        .post('/api/v1/meter-readings')
        .set(bearer(a.adminToken))
        .send({ spaceId: roomsA[code], kind, readOn, value })
        .expect(201);
    await read('C-101', 'electricity', '2026-09-30', 1000);
    await read('C-101', 'electricity', '2026-10-31', 1250);
    await read('C-102', 'electricity', '2026-09-30', 500);
    await read('C-102', 'electricity', '2026-10-31', 540);
    await read('C-101', 'water', '2026-09-30', 10);
    await read('C-101', 'water', '2026-10-31', 13);
    const roomsB = await spaces(t.http, b.adminToken, ['D-101', 'D-102', 'D-103']);
    for (const [i, code] of ['D-101', 'D-102', 'D-103'].entries()) {
      const tenant = await activeTenant(t.http, b.adminToken, `別テナント${i}`);
      await activeLease(t.http, b.adminToken, tenant, roomsB[code], '2026-01-01', '2028-12-31');
    }
  }, 120_000);
  afterAll(() => t.close());

  it('two facilities previewed and issued at once: metered usage billed, each facility gap-free from 1', async () => {
    const [runA, runB] = await Promise.all([
      previewRun(t.http, acctA, '2026-11'),
      previewRun(t.http, acctB, '2026-11'),
    ]);
    expect([runA.status, runB.status]).toEqual(['previewed', 'previewed']);
    expect([runA.invoiceCount, runB.invoiceCount]).toEqual([4, 3]);
    await Promise.all([issueRun(t.http, acctA, runA.id, '2026-11-01'), issueRun(t.http, acctB, runB.id, '2026-11-01')]);
    expect(sequences((await invoicesOf(t.http, acctA, runA.id)).map((i) => i.number))).toEqual(contiguous(1, 4));
    expect(sequences((await invoicesOf(t.http, acctB, runB.id)).map((i) => i.number))).toEqual(contiguous(1, 3));
    // The preview read October's usage in its own transaction: 250 and 40 kWh, 3 m³.
    const utility = await t.app.get(TransactionRunner).inFacility(a.facilityId, (em) =>
      em.query(
        `SELECT i.tenant_id AS "tenantId", l.description, l.quantity::text AS quantity, l.amount::int AS amount
           FROM invoice_lines l JOIN invoices i ON i.id = l.invoice_id
          WHERE i.billing_run_id = $1 AND l.charge_kind = 'utility' ORDER BY l.description, l.amount`,
        [runA.id],
      ),
    );
    expect(utility).toEqual([
      { tenantId: tenantsA[0], description: '水道料金 2026年10月使用分', quantity: '3.000', amount: 600 },
      { tenantId: tenantsA[1], description: '電気料金 2026年10月使用分', quantity: '40.000', amount: 1240 },
      { tenantId: tenantsA[0], description: '電気料金 2026年10月使用分', quantity: '250.000', amount: 7750 },
    ]);
  });

  it('the same run issued by three jobs at once issues each draft once, numbers gap-free', async () => {
    const run = await previewRun(t.http, acctA, '2026-12');
    expect(run.invoiceCount).toBe(4);
    // The API's issue enqueues the job; two more issuers of the same run race it (a retried job
    // while the first still runs, a second worker).
    await t.http.post(`/api/v1/billing-runs/${run.id}/issue`).set(bearer(acctA)).send({ issueDate: '2026-12-01' });
    const issuer = t.worker!.get(BillingRunIssueService);
    const [one, two] = await Promise.all([issuer.issue(a.facilityId, run.id), issuer.issue(a.facilityId, run.id)]);
    const done = await waitForRun(t.http, acctA, run.id, ['issued', 'failed']);
    expect(done).toMatchObject({ status: 'issued', issuedCount: 4 });
    const invoices = await invoicesOf(t.http, acctA, run.id);
    expect(invoices).toHaveLength(4);
    expect(sequences(invoices.map((i) => i.number))).toEqual(contiguous(5, 4));
    // Both racers answer the run's invoiced tenants (whoever issued the last draft).
    expect(one).toEqual({ issueDate: '2026-12-01', tenantIds: [...tenantsA].sort() });
    expect(two).toEqual(one);
  });

  it('two runs of the same facility issued at once share its counter with no gap and no duplicate', async () => {
    const [jan, feb] = await Promise.all([previewRun(t.http, acctA, '2027-01'), previewRun(t.http, acctA, '2027-02')]);
    expect([jan.invoiceCount, feb.invoiceCount]).toEqual([4, 4]);
    const [i1, i2] = await Promise.all([
      issueRun(t.http, acctA, jan.id, '2027-01-05'),
      issueRun(t.http, acctA, feb.id, '2027-01-05'),
    ]);
    expect([i1.status, i2.status]).toEqual(['issued', 'issued']);
    const numbers = [...(await invoicesOf(t.http, acctA, jan.id)), ...(await invoicesOf(t.http, acctA, feb.id))].map(
      (i) => i.number,
    );
    expect(new Set(numbers).size).toBe(8);
    expect(sequences(numbers)).toEqual(contiguous(9, 8));
  });

  it('the same preview run twice at once writes one set of drafts', async () => {
    const run = await previewRun(t.http, acctB, '2027-03');
    const tx = t.app.get(TransactionRunner);
    // Back to previewing under a new generation, then two workers build it at the same moment.
    await tx.inFacility(b.facilityId, (em) =>
      em.query(`UPDATE billing_runs SET status = 'previewing', generation = generation + 1 WHERE id = $1`, [run.id]),
    );
    const preview = t.worker!.get(BillingRunPreviewService);
    const [{ generation }] = await tx.inFacility(b.facilityId, (em) =>
      em.query(`SELECT generation FROM billing_runs WHERE id = $1`, [run.id]),
    );
    await Promise.all([
      preview.preview(b.facilityId, run.id, generation),
      preview.preview(b.facilityId, run.id, generation),
    ]);
    const again = await waitForRun(t.http, acctB, run.id, ['previewed', 'failed']);
    expect(again).toMatchObject({ status: 'previewed', invoiceCount: 3 });
    const drafts = await invoicesOf(t.http, acctB, run.id);
    expect(drafts).toHaveLength(3);
    expect(new Set(drafts.map((d) => d.tenantId)).size).toBe(3);
  });
});
