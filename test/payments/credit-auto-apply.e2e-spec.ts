import { getQueueToken } from '@nestjs/bullmq';
import { Queue } from 'bullmq';
import { ChargeService, InvoicesService } from '@tamago/billing';
import { TransactionRunner, queryRows } from '@tamago/database';
import { ApplyRunCreditPayload, JOBS, QUEUES } from '@tamago/jobs';
import { type InvoiceBody, invoicesOf, issueRun, previewRun, registerIssuer } from '../billing/billing-helpers';
import { TestFacility, bearer, createFacility } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';
import { settled as finished } from '../jobs/helpers';
import { createTenant } from './helpers';

describe('payments: credit applied automatically to newly issued invoices (apply-run-credit job)', () => {
  let t: TestApp;
  let f: TestFacility;
  let other: TestFacility;
  let short: string; // credit smaller than its next invoice
  let ample: string; // credit larger than its next invoice
  let payments: Queue;
  let billing: Queue;
  let mayRunId: string;
  let may: Record<string, InvoiceBody>;

  beforeAll(async () => {
    t = await createTestApp({ worker: true });
    f = await createFacility(t.app, t.http, 'クレジット施設');
    await registerIssuer(t.http, f.adminToken);
    other = await createFacility(t.app, t.http, '他施設');
    short = await createTenant(t.app, f.facilityId, f.adminUserId, 'ショート株式会社', 'ショート');
    ample = await createTenant(t.app, f.facilityId, f.adminUserId, 'アンプル株式会社', 'アンプル');
    payments = t.app.get<Queue>(getQueueToken(QUEUES.payments));
    billing = t.app.get<Queue>(getQueueToken(QUEUES.billing));
  }, 60_000);
  afterAll(() => t.close());

  const charge = (tenantId: string, period: string, amount: number) =>
    t.app.get(ChargeService).create(f.facilityId, f.adminUserId, {
      tenantId,
      period,
      description: `利用料 ${period}`,
      quantity: 1,
      unitPrice: amount,
      taxCategory: 'out_of_scope', // the invoice total is exactly the amount
    });
  const pay = (tenantId: string, amount: number, paidOn: string) =>
    t.http
      .post('/api/v1/payments')
      .set(bearer(f.adminToken))
      .send({ tenantId, amount, paidOn, method: 'bank_transfer' })
      .expect(201);
  const creditOf = async (tenantId: string): Promise<number> =>
    (await t.http.get(`/api/v1/tenants/${tenantId}/statement`).set(bearer(f.adminToken)).expect(200)).body
      .creditBalance;
  const ledger = (tenantId: string) =>
    t.app.get(TransactionRunner).inFacility(f.facilityId, (em) =>
      queryRows<{ kind: string; event: string; amount: string; effective_on: string }>(
        em,
        `SELECT kind, event, amount, to_char(effective_on, 'YYYY-MM-DD') AS effective_on FROM payment_allocations
            WHERE facility_id = $1 AND tenant_id = $2 AND event = 'credit_use' ORDER BY kind, amount`,
        [f.facilityId, tenantId],
      ),
    );
  const applyJobId = (runId: string) => `apply-run-credit-${f.facilityId}-${runId}`;
  const nothing = { applied: 0, tenants: {}, skipped: [] };

  it('overpayments become credit; issuing the next run applies it: partially paid and paid', async () => {
    await charge(short, '2026-04', 50_000);
    await charge(ample, '2026-04', 30_000);
    const apr = await previewRun(t.http, f.adminToken, '2026-04');
    expect((await issueRun(t.http, f.adminToken, apr.id, '2026-04-01')).status).toBe('issued');
    // April's own apply-run-credit job finds no credit yet.
    expect((await finished(payments, applyJobId(apr.id))).returnvalue).toEqual(nothing);

    await pay(short, 60_000, '2026-04-20'); // 50,000 on April, 10,000 credit
    await pay(ample, 75_000, '2026-04-21'); // 30,000 on April, 45,000 credit
    expect([await creditOf(short), await creditOf(ample)]).toEqual([10_000, 45_000]);

    await charge(short, '2026-05', 25_000);
    await charge(ample, '2026-05', 40_000);
    const run = await previewRun(t.http, f.adminToken, '2026-05');
    mayRunId = run.id;
    expect((await issueRun(t.http, f.adminToken, run.id, '2026-05-01')).status).toBe('issued');
    // One job for the run, naming its invoiced tenants; it applies the credit of both.
    const job = await finished(payments, applyJobId(run.id));
    expect(job.name).toBe(JOBS.applyRunCredit);
    expect({ ...job.data, tenantIds: [...job.data.tenantIds].sort() }).toEqual({
      facilityId: f.facilityId,
      runId: run.id,
      tenantIds: [short, ample].sort(),
      on: '2026-05-01',
    });
    expect(job.returnvalue).toEqual({
      applied: 50_000,
      tenants: { [short]: { applied: 10_000, creditBalance: 0 }, [ample]: { applied: 40_000, creditBalance: 5_000 } },
      skipped: [],
    });

    may = Object.fromEntries((await invoicesOf(t.http, f.adminToken, run.id)).map((i) => [i.tenantId, i]));
    const balance = async (id: string) => {
      const inv = (await t.app.get(InvoicesService).findIssued(f.facilityId, id))!;
      return [inv.status, inv.total, inv.amountPaid];
    };
    expect(await balance(may[short].id)).toEqual(['partially_paid', 25_000, 10_000]);
    expect(await balance(may[ample].id)).toEqual(['paid', 40_000, 40_000]);
    expect([await creditOf(short), await creditOf(ample)]).toEqual([0, 5_000]);
    // Credit use is booked on the run's issue date: −credit and +invoice of the same yen.
    expect(await ledger(ample)).toEqual([
      { kind: 'credit', event: 'credit_use', amount: '-40000', effective_on: '2026-05-01' },
      { kind: 'invoice', event: 'credit_use', amount: '40000', effective_on: '2026-05-01' },
    ]);
  });

  it('re-running the issue job or the apply-run-credit job applies nothing twice', async () => {
    // The issue job again (a retry after a crash): issue() is a no-op and the same job id is deduplicated.
    await billing.add(
      JOBS.issueBillingRun,
      { facilityId: f.facilityId, runId: mayRunId },
      { jobId: `rerun-${mayRunId}` },
    );
    expect((await finished(billing, `rerun-${mayRunId}`)).finishedOn).toBeDefined();
    const ours = (await payments.getJobs(['completed', 'failed', 'waiting', 'active', 'delayed'])).filter((j) =>
      j.id!.startsWith(`apply-run-credit-${f.facilityId}-${mayRunId}`),
    );
    expect(ours.length).toBe(1);

    // The apply-run-credit job itself twice at once under new ids: the tenant lock and the ledger hold.
    const data: ApplyRunCreditPayload = {
      facilityId: f.facilityId,
      runId: mayRunId,
      tenantIds: [short, ample],
      on: '2026-05-02',
    };
    await payments.add(JOBS.applyRunCredit, data, { jobId: `again-1-${ample}` });
    await payments.add(JOBS.applyRunCredit, data, { jobId: `again-2-${ample}` });
    const again = await Promise.all([finished(payments, `again-1-${ample}`), finished(payments, `again-2-${ample}`)]);
    // Only ample still holds credit (5,000), and has no open invoice to use it on.
    const held = { applied: 0, tenants: { [ample]: { applied: 0, creditBalance: 5_000 } }, skipped: [] };
    expect(again.map((j) => j.returnvalue)).toEqual([held, held]);
    expect(await ledger(ample)).toHaveLength(2);
    expect([await creditOf(short), await creditOf(ample)]).toEqual([0, 5_000]);
    const inv = (await t.app.get(InvoicesService).findIssued(f.facilityId, may[short].id))!;
    expect([inv.status, inv.amountPaid]).toEqual(['partially_paid', 10_000]);
  });

  it('two apply-run-credit jobs for the same credit at once apply it once', async () => {
    await charge(short, '2026-06', 20_000);
    const run = await previewRun(t.http, f.adminToken, '2026-06');
    expect((await issueRun(t.http, f.adminToken, run.id, '2026-06-01')).status).toBe('issued');
    // June invoices short alone, and short's credit was used in May: the run's job finds none.
    expect((await finished(payments, applyJobId(run.id))).returnvalue).toEqual({
      applied: 0,
      tenants: {},
      skipped: [],
    });
    const [jun] = (await invoicesOf(t.http, f.adminToken, run.id)).filter((i) => i.tenantId === short);
    // Naming May keeps the rest as credit while June is open: 15,000 clears May, 8,000 is held.
    await t.http
      .post('/api/v1/payments')
      .set(bearer(f.adminToken))
      .send({ tenantId: short, amount: 23_000, paidOn: '2026-06-05', method: 'cash', invoiceIds: [may[short].id] })
      .expect(201);
    expect(await creditOf(short)).toBe(8_000);
    const data: ApplyRunCreditPayload = {
      facilityId: f.facilityId,
      runId: run.id,
      tenantIds: [short],
      on: '2026-06-06',
    };
    await Promise.all([
      payments.add(JOBS.applyRunCredit, data, { jobId: `race-1-${short}` }),
      payments.add(JOBS.applyRunCredit, data, { jobId: `race-2-${short}` }),
    ]);
    const jobs = await Promise.all([finished(payments, `race-1-${short}`), finished(payments, `race-2-${short}`)]);
    const applied = jobs.map((j) => j.returnvalue.applied as number).sort((a, b) => a - b);
    expect(applied).toEqual([0, 8_000]);
    const inv = (await t.app.get(InvoicesService).findIssued(f.facilityId, jun.id))!;
    expect([inv.status, inv.amountPaid]).toEqual(['partially_paid', 8_000]);
    expect(await creditOf(short)).toBe(0);
  });

  it("a job naming another facility's tenant changes nothing: under that facility the tenant holds no credit", async () => {
    const id = `foreign-${ample}`;
    const data: ApplyRunCreditPayload = {
      facilityId: other.facilityId,
      runId: mayRunId,
      tenantIds: [ample],
      on: '2026-06-01',
    };
    await payments.add(JOBS.applyRunCredit, data, { jobId: id, attempts: 1 });
    const job = await finished(payments, id);
    expect([await job.getState(), job.returnvalue]).toEqual(['completed', nothing]);
    expect(await creditOf(ample)).toBe(5_000);
    expect((await t.http.get(`/api/v1/tenants/${ample}/statement`).set(bearer(other.adminToken))).status).toBe(404);
  });
});
