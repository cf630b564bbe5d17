import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { InvoiceIssuer } from '@tamago/billing';
import { TransactionRunner } from '@tamago/database';
import { Role } from '@tamago/identity';
import { TestFacility, bearer, createFacility, createUser } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';
import {
  type InvoiceBody,
  type RunBody,
  REGISTRATION_NUMBER,
  invoicesOf,
  issueRun,
  previewRun,
  registerIssuer,
  seedLease,
  seedTenant,
  waitForRun,
} from './billing-helpers';

function pdfText(body: Buffer): string {
  const dir = mkdtempSync(join(tmpdir(), 'billing-pdf-'));
  writeFileSync(join(dir, 'x.pdf'), body);
  return execFileSync('pdftotext', ['-layout', join(dir, 'x.pdf'), '-'], { encoding: 'utf8' });
}

const binary = (res: NodeJS.ReadableStream, cb: (e: Error | null, b: Buffer) => void): void => {
  const chunks: Buffer[] = [];
  res.on('data', (c: Buffer) => chunks.push(c));
  res.on('end', () => cb(null, Buffer.concat(chunks)));
};

describe('billing runs', () => {
  let t: TestApp;
  let f: TestFacility;
  let other: TestFacility;
  let acct: string;
  let full: string;
  let partial: string;
  let ended: string;

  beforeAll(async () => {
    t = await createTestApp({ worker: true });
    f = await createFacility(t.app, t.http, '請求テスト施設');
    other = await createFacility(t.app, t.http, '別施設');
    acct = (await createUser(t.app, t.http, f.facilityId, [Role.Accountant])).token;
    await t.http
      .patch('/api/v1/facility')
      .set(bearer(acct))
      .send({
        legalName: '株式会社インキュベーション',
        registrationNumber: REGISTRATION_NUMBER,
        bankAccount: {
          bankName: 'みらい銀行',
          branchName: '本店',
          accountType: 'ordinary',
          accountNumber: '1234567',
          accountHolder: 'ｲﾝｷｭﾍﾞｰｼｮﾝ',
        },
      })
      .expect(200);
    full = await seedTenant(t, f.facilityId, 'アルファ株式会社');
    partial = await seedTenant(t, f.facilityId, 'ベータ合同会社');
    ended = await seedTenant(t, f.facilityId, 'ガンマ商店');
    await seedLease(t, f.facilityId, full, {
      startDate: '2025-04-01',
      endDate: '2028-03-31',
      monthlyRent: 100_000,
      commonAreaFee: 10_000,
    });
    // Starts 16 November: 15 of 30 days.
    await seedLease(t, f.facilityId, partial, {
      startDate: '2026-11-16',
      endDate: '2029-11-15',
      monthlyRent: 60_000,
      commonAreaFee: 0,
    });
    // Ends 10 November: billed 10/30 in November, nothing in December.
    await seedLease(t, f.facilityId, ended, {
      startDate: '2024-01-01',
      endDate: '2026-11-10',
      monthlyRent: 90_000,
      status: 'ended',
    });
  });
  afterAll(() => t.close());

  it('settings: registration number check digit and rounding are validated, nothing written', async () => {
    const bad = await t.http
      .patch('/api/v1/facility')
      .set(bearer(acct))
      .send({ registrationNumber: 'T7000012050003' })
      .expect(400);
    expect(JSON.stringify(bad.body)).toContain('registrationNumber');
    await t.http.patch('/api/v1/facility').set(bearer(acct)).send({ taxRounding: 'up' }).expect(400);
    await t.http.patch('/api/v1/facility').set(bearer(acct)).send({ invoiceNumberFormat: 'INV-{YYYY}' }).expect(400);
    const got = await t.http.get('/api/v1/facility').set(bearer(acct)).expect(200);
    expect(got.body).toMatchObject({
      registrationNumber: REGISTRATION_NUMBER,
      taxRounding: 'floor',
      invoiceNumberFormat: 'INV-{YYYY}{MM}-{SEQ:5}',
    });
  });

  it('previews November with proration and issues gap-free numbers, snapshots and due dates', async () => {
    const run = await previewRun(t.http, acct, '2026-11');
    expect(run).toMatchObject({ status: 'previewed', progress: 100, invoiceCount: 3, issuedCount: 0 });
    const drafts = await invoicesOf(t.http, acct, run.id);
    const byTenant = Object.fromEntries(drafts.map((d) => [d.tenantId, d]));
    expect(byTenant[full]).toMatchObject({
      number: null,
      status: 'draft',
      subtotal: 110_000,
      tax: 11_000,
      total: 121_000,
    });
    expect(byTenant[partial]).toMatchObject({ subtotal: 30_000, tax: 3_000, total: 33_000 });
    expect(byTenant[ended]).toMatchObject({ subtotal: 30_000, total: 33_000 });
    expect(run.total).toBe(121_000 + 33_000 + 33_000);
    expect(run.differences.map((d: RunBody['differences'][number]) => d.change).sort()).toEqual(['new', 'new', 'new']);

    const issued = await issueRun(t.http, acct, run.id, '2026-11-20');
    expect(issued).toMatchObject({ status: 'issued', issuedCount: 3, progress: 100 });
    const invoices = await invoicesOf(t.http, acct, run.id);
    expect(invoices.map((i) => i.number)).toEqual(['INV-202611-00001', 'INV-202611-00002', 'INV-202611-00003']);
    // 30 November 2026 is a Monday: due that day.
    expect(
      invoices.every((i) => i.status === 'issued' && i.issueDate === '2026-11-20' && i.dueDate === '2026-11-30'),
    ).toBe(true);
  });

  it('December: differences from November, and a due date over the year-end bank holidays', async () => {
    const run = await previewRun(t.http, acct, '2026-12');
    const diffs = Object.fromEntries(run.differences.map((d: RunBody['differences'][number]) => [d.tenantId, d]));
    expect(diffs[ended]).toMatchObject({ change: 'ended', previousTotal: 33_000, total: null });
    expect(diffs[partial]).toMatchObject({ change: 'changed', previousTotal: 33_000, total: 66_000 });
    expect(diffs[full]).toBeUndefined();
    await issueRun(t.http, acct, run.id, '2026-12-15');
    const invoices = await invoicesOf(t.http, acct, run.id);
    // 31 Dec is a bank holiday, 1–3 Jan too, 4 Jan 2027 is a Monday.
    expect(invoices.map((i) => i.dueDate)).toEqual(['2027-01-04', '2027-01-04']);
    expect(invoices.map((i) => i.number)).toEqual(['INV-202612-00004', 'INV-202612-00005']);
  });

  it('an issued period answers 409 to a new run; a supplementary run bills later charges only', async () => {
    const again = await t.http.post('/api/v1/billing-runs').set(bearer(acct)).send({ period: '2026-11' }).expect(409);
    expect(again.body.reason).toBe('billing.periodAlreadyIssued');
    expect(again.body.detail).toBe(
      '2026-11分の請求はすでに発行済みです。その後に発生した料金は追加請求として処理してください。',
    );
    await t.http
      .post('/api/v1/billing-runs')
      .set(bearer(acct))
      .send({ period: '2027-01', supplementary: true })
      .expect(409);
    // 3 × ¥105 at 10%: tax is rounded once per invoice and rate → ¥31, not 3 × ¥10.
    for (let i = 0; i < 3; i++) {
      await t.http
        .post('/api/v1/charges')
        .set(bearer(acct))
        .send({
          tenantId: full,
          period: '2026-11',
          description: `コピー代${i + 1}`,
          quantity: 1,
          unitPrice: 105,
          taxCategory: 'standard',
        })
        .expect(201);
    }
    await t.http
      .post('/api/v1/charges')
      .set(bearer(acct))
      .send({
        tenantId: full,
        period: '2026-11',
        description: '弁当',
        quantity: 2,
        unitPrice: 540,
        taxCategory: 'reduced',
      })
      .expect(201);
    const sup = await previewRun(t.http, acct, '2026-11', true);
    expect(sup).toMatchObject({ supplementary: true, invoiceCount: 1 });
    await issueRun(t.http, acct, sup.id, '2026-11-25');
    const [inv] = await invoicesOf(t.http, acct, sup.id);
    const detail = (await t.http.get(`/api/v1/invoices/${inv.id}`).set(bearer(acct)).expect(200)).body;
    expect(detail.taxSummary).toEqual([
      { category: 'standard', rate: 10, taxableAmount: 315, tax: 31, taxIncluded: false, grossAmount: 346 },
      { category: 'reduced', rate: 8, taxableAmount: 1_080, tax: 86, taxIncluded: false, grossAmount: 1_166 },
    ]);
    expect(detail).toMatchObject({
      number: 'INV-202611-00006',
      subtotal: 1_395,
      tax: 117,
      total: 1_512,
      supplementary: true,
    });
    expect(detail.lines).toHaveLength(4);
    // Invoiced charges can no longer be deleted.
    const charges = (
      await t.http.get('/api/v1/charges').query({ tenantId: full, invoiced: true }).set(bearer(acct)).expect(200)
    ).body;
    expect(charges.total).toBe(4);
    await t.http.delete(`/api/v1/charges/${charges.items[0].id}`).set(bearer(acct)).expect(409);

    // The PDF: qualified-invoice items in Japanese, same bytes twice.
    const a = await t.http
      .get(`/api/v1/invoices/${inv.id}/pdf`)
      .set(bearer(acct))
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    const b = await t.http
      .get(`/api/v1/invoices/${inv.id}/pdf`)
      .set(bearer(acct))
      .buffer(true)
      .parse(binary as never)
      .expect(200);
    expect(a.headers['content-type']).toContain('application/pdf');
    expect(Buffer.compare(a.body, b.body)).toBe(0);
    const text = pdfText(a.body);
    for (const s of [
      REGISTRATION_NUMBER,
      '株式会社インキュベーション',
      'アルファ株式会社',
      'INV-202611-00006',
      '¥315',
      '¥31',
      '¥1,080',
      '¥86',
      '¥1,512',
      '※軽減税率対象',
      '2026年11月30日',
      '1234567',
    ]) {
      expect(text).toContain(s);
    }
  });

  it('POST twice, concurrently, and issue twice concurrently: one run, one invoice per tenant', async () => {
    const [r1, r2] = await Promise.all([
      t.http.post('/api/v1/billing-runs').set(bearer(acct)).send({ period: '2027-01' }),
      t.http.post('/api/v1/billing-runs').set(bearer(acct)).send({ period: '2027-01' }),
    ]);
    expect([r1.status, r2.status]).toEqual([201, 201]);
    expect(r1.body.id).toBe(r2.body.id);
    await waitForRun(t.http, acct, r1.body.id, ['previewed']);
    const again = await t.http.post('/api/v1/billing-runs').set(bearer(acct)).send({ period: '2027-01' }).expect(201);
    expect(again.body.id).toBe(r1.body.id);
    await waitForRun(t.http, acct, r1.body.id, ['previewed']);
    const issues = await Promise.all([
      t.http.post(`/api/v1/billing-runs/${r1.body.id}/issue`).set(bearer(acct)).send({ issueDate: '2027-01-10' }),
      t.http.post(`/api/v1/billing-runs/${r1.body.id}/issue`).set(bearer(acct)).send({ issueDate: '2027-01-10' }),
    ]);
    expect(issues.map((r) => r.status)).toEqual([202, 202]);
    await waitForRun(t.http, acct, r1.body.id, ['issued']);
    const invoices = await invoicesOf(t.http, acct, r1.body.id);
    expect(invoices.map((i) => i.number)).toEqual(['INV-202701-00007', 'INV-202701-00008']);
    await t.http.post(`/api/v1/billing-runs/${r1.body.id}/issue`).set(bearer(acct)).send({}).expect(202);
    expect(await invoicesOf(t.http, acct, r1.body.id)).toHaveLength(2);
  });

  it('a run that crashed half-way through issuing is re-issued to completion with no gap', async () => {
    const extra = await seedTenant(t, f.facilityId, 'デルタ研究所');
    await seedLease(t, f.facilityId, extra, { startDate: '2027-01-01', endDate: '2029-12-31', monthlyRent: 50_000 });
    const run = await previewRun(t.http, acct, '2027-02');
    expect(run.invoiceCount).toBe(3);
    // Simulate a worker that died after issuing one invoice: the run is stuck in 'issuing'.
    const tx = t.app.get(TransactionRunner);
    await tx.inFacility(f.facilityId, (em) =>
      em.query(`UPDATE billing_runs SET status = 'issuing', issue_date = '2027-02-05' WHERE id = $1`, [run.id]),
    );
    const first = (await invoicesOf(t.http, acct, run.id))[0];
    await tx.inFacility(f.facilityId, (em) =>
      t
        .worker!.get(InvoiceIssuer)
        .issueDraft(em, f.facilityId, first.id, { issueDate: '2027-02-05', withDueDate: true }),
    );
    // A transaction that took a number and rolled back gives it back (no gap).
    await tx
      .inFacility(f.facilityId, async (em) => {
        await em.query('UPDATE invoice_counters SET last_sequence = last_sequence + 1 WHERE facility_id = $1', [
          f.facilityId,
        ]);
        throw new Error('crash');
      })
      .catch(() => undefined);
    await t.http.post(`/api/v1/billing-runs/${run.id}/issue`).set(bearer(acct)).send({}).expect(202);
    const done = await waitForRun(t.http, acct, run.id, ['issued', 'failed']);
    expect(done).toMatchObject({ status: 'issued', issuedCount: 3 });
    const numbers = (await invoicesOf(t.http, acct, run.id)).map((i) => i.number);
    expect(numbers).toEqual(['INV-202702-00009', 'INV-202702-00010', 'INV-202702-00011']);
    const all = (await t.http.get('/api/v1/invoices').query({ period: '2027-02' }).set(bearer(acct)).expect(200)).body;
    expect(all.total).toBe(3);
  });

  it('two facilities issue at the same time, each with its own gap-free sequence', async () => {
    const otherAcct = (await createUser(t.app, t.http, other.facilityId, [Role.Accountant])).token;
    await registerIssuer(t.http, otherAcct);
    for (let i = 0; i < 4; i++) {
      const tenant = await seedTenant(t, other.facilityId, `他社${i}`);
      await seedLease(t, other.facilityId, tenant, {
        startDate: '2026-01-01',
        endDate: '2028-12-31',
        monthlyRent: 10_000 + i,
      });
    }
    const [a, b] = await Promise.all([previewRun(t.http, acct, '2027-03'), previewRun(t.http, otherAcct, '2027-03')]);
    await Promise.all([issueRun(t.http, acct, a.id, '2027-03-01'), issueRun(t.http, otherAcct, b.id, '2027-03-01')]);
    expect((await invoicesOf(t.http, acct, a.id)).map((i) => i.number)).toEqual([
      'INV-202703-00012',
      'INV-202703-00013',
      'INV-202703-00014',
    ]);
    expect((await invoicesOf(t.http, otherAcct, b.id)).map((i) => i.number)).toEqual([
      'INV-202703-00001',
      'INV-202703-00002',
      'INV-202703-00003',
      'INV-202703-00004',
    ]);
    // Facility isolation: the other facility's run and invoices are unknown here.
    await t.http.get(`/api/v1/billing-runs/${b.id}`).set(bearer(acct)).expect(404);
    const theirs = (await invoicesOf(t.http, otherAcct, b.id))[0];
    await t.http.get(`/api/v1/invoices/${theirs.id}`).set(bearer(acct)).expect(404);
    await t.http.get(`/api/v1/invoices/${theirs.id}/pdf`).set(bearer(acct)).expect(404);
    await t.http.post(`/api/v1/invoices/${theirs.id}/void`).set(bearer(acct)).send({ reason: 'x' }).expect(404);
    const list = (await t.http.get('/api/v1/invoices').query({ limit: 200 }).set(bearer(acct)).expect(200)).body;
    expect(list.items.some((i: InvoiceBody) => i.id === theirs.id)).toBe(false);
  });

  it('tenant users see only their own issued invoices', async () => {
    const portal = (await createUser(t.app, t.http, f.facilityId, [Role.TenantAdmin], { tenantId: partial })).token;
    const mine = (await t.http.get('/api/v1/invoices').query({ limit: 200 }).set(bearer(portal)).expect(200)).body;
    expect(mine.total).toBeGreaterThan(0);
    expect(mine.items.every((i: InvoiceBody) => i.tenantId === partial && i.status !== 'draft')).toBe(true);
    const someoneElse = (
      await t.http.get('/api/v1/invoices').query({ tenantId: full, limit: 1 }).set(bearer(acct)).expect(200)
    ).body.items[0];
    await t.http.get(`/api/v1/invoices/${someoneElse.id}`).set(bearer(portal)).expect(404);
    await t.http.get(`/api/v1/invoices/${someoneElse.id}/pdf`).set(bearer(portal)).expect(404);
    await t.http.get(`/api/v1/invoices/${mine.items[0].id}/pdf`).set(bearer(portal)).expect(200);
    await t.http.get('/api/v1/billing-runs').set(bearer(portal)).expect(403);
    await t.http
      .post(`/api/v1/invoices/${mine.items[0].id}/void`)
      .set(bearer(portal))
      .send({ reason: 'x' })
      .expect(403);
  });
});
