import { BillingRunPreviewService, BillingRunService } from '@tamago/billing';
import { addDays, todayIn } from '@tamago/core';
import { Role } from '@tamago/identity';
import { PaymentHistoryService } from '@tamago/payments';
import { activeLease, spaces } from '../metering/helpers';
import { activeTenant } from '../support/tenants';
import { issueInvoices } from '../payments/helpers';
import { binaryBody } from '../payments/zengin-fixtures';
import { TestFacility, bearer, createFacility, createUser } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';

interface Item {
  at: string;
  kind: string;
  title: string;
  titleEn: string;
  detail?: string;
  staffOnly: boolean;
  ref: { type: string; id: string };
}

const MONEY_KINDS = 'invoice,credit_note,invoice_void,payment,refund,payment_note,debit_failure,kpi_submission';

/** The bank's answer to a 種別 91 request: every debit returned with `code`, the trailer counting them as failed. */
function failedResult(request: Buffer, code: string): Buffer {
  const out = Buffer.from(request);
  let failed = 0;
  let failedAmount = 0;
  for (let i = 0; i + 120 <= out.length; i += 122) {
    if (out[i] === 0x32) {
      out.write(code, i + 111, 'latin1'); // 振替結果コード
      failed += 1;
      failedAmount += Number(out.toString('latin1', i + 80, i + 90));
    }
    if (out[i] === 0x38) {
      out.write(String(failed).padStart(6, '0'), i + 37, 'latin1');
      out.write(String(failedAmount).padStart(12, '0'), i + 43, 'latin1');
    }
  }
  return out;
}

describe('timeline: invoices, payments and KPI submissions', () => {
  let t: TestApp;
  let f: TestFacility;
  let other: TestFacility;
  let tenantId: string;
  let otherTenantId: string;
  let tenantUser: string;
  const ids: Record<string, string> = {};
  const today = todayIn();

  const api = (token = f.adminToken) => ({
    get: (url: string) => t.http.get(`/api/v1${url}`).set(bearer(token)),
    post: (url: string, body: object = {}) => t.http.post(`/api/v1${url}`).set(bearer(token)).send(body),
    patch: (url: string, body: object) => t.http.patch(`/api/v1${url}`).set(bearer(token)).send(body),
    put: (url: string, body: object) => t.http.put(`/api/v1${url}`).set(bearer(token)).send(body),
  });
  const timeline = async (token: string, query = `kinds=${MONEY_KINDS}&limit=200`): Promise<Item[]> => {
    const res = await api(token).get(`/tenants/${tenantId}/timeline?${query}`);
    expect(res.status).toBe(200);
    expect(res.body.total).toBe(res.body.items.length);
    return res.body.items as Item[];
  };

  beforeAll(async () => {
    t = await createTestApp();
    f = await createFacility(t.app, t.http, 'タイムライン施設A');
    other = await createFacility(t.app, t.http, 'タイムライン施設B');
    const a = f.adminUserId;
    tenantId = await activeTenant(t.http, f.adminToken, 'ケンショウ精機株式会社', '2024-04-01');
    otherTenantId = await activeTenant(t.http, f.adminToken, '別会社株式会社', '2024-04-01');
    tenantUser = (await createUser(t.app, t.http, f.facilityId, [Role.TenantAdmin], { tenantId })).token;
    const { R101 } = await spaces(t.http, f.adminToken, ['R101']);
    ids.lease = await activeLease(t.http, f.adminToken, tenantId, R101, '2026-04-01', '2029-03-31');

    // May: rent ¥90,000 + 10% tax.
    const [may] = await issueInvoices(t.app, f.facilityId, a, '2026-05', [], '2026-05-01');
    expect([may.tenantId, may.number, may.total, may.dueDate]).toEqual([
      tenantId,
      'INV-202605-00001',
      99_000,
      '2026-06-01',
    ]);
    ids.may = may.id;
    const paid = await api().post('/payments', {
      tenantId,
      amount: 50_000,
      paidOn: '2026-05-20',
      method: 'bank_transfer',
      note: '電話で一部入金の連絡あり',
    });
    expect(paid.status).toBe(201);
    ids.payment = paid.body.id;
    const refund = await api().post(`/payments/${ids.payment}/refund`, { amount: 5_000, refundedOn: '2026-05-25' });
    expect(refund.status).toBe(201);
    ids.refund = refund.body.id;
    const credit = await api().post(`/invoices/${ids.may}/credit-notes`, {
      reason: '空調停止期間の値引き',
      amount: 10_000,
      issueDate: '2026-05-28',
    });
    expect([credit.status, credit.body.number, credit.body.total]).toEqual([201, 'INV-202605-00002', -11_000]);
    ids.credit = credit.body.id;

    const [june] = await issueInvoices(t.app, f.facilityId, a, '2026-06', [], '2026-06-01');
    expect([june.number, june.total]).toEqual(['INV-202606-00003', 99_000]);
    ids.june = june.id;
    // A previewed run leaves drafts, which never reach the timeline.
    const run = await t.app.get(BillingRunService).start(f.facilityId, a, { period: '2026-07' });
    await t.app.get(BillingRunPreviewService).preview(f.facilityId, run.id, run.generation);

    // Direct debit of what is open on May (99,000 − 45,000 paid − 11,000 credited), returned 資金不足.
    await setUpDirectDebit();
    const batch = await api().post('/debit-batches', { debitDate: '2026-06-26' });
    expect([batch.status, batch.body.totalAmount]).toEqual([201, 43_000]);
    ids.batch = batch.body.id;
    const file = await api().get(`/debit-batches/${ids.batch}/file`).buffer(true).parse(binaryBody);
    const result = await t.http
      .post(`/api/v1/debit-batches/${ids.batch}/result`)
      .set(bearer(f.adminToken))
      .attach('file', failedResult(file.body as Buffer, '1'), 'result.dat');
    expect([result.status, result.body.items[0].resultLabel]).toEqual([200, 'insufficient_funds']);

    await api().post(`/invoices/${ids.june}/void`, { reason: '賃料改定のため再発行' }).expect(200);
    const survey = await api().post('/kpi-surveys', {
      period: '2026-Q3',
      opensOn: addDays(today, -3),
      closesOn: addDays(today, 10),
    });
    expect(survey.status).toBe(201);
    const kpi = await api(tenantUser).put(`/portal/kpi-surveys/${survey.body.id}/submission`, {
      employees: 8,
      revenue: 30_000_000,
      moneyRaised: 0,
      patents: 1,
      productsLaunched: 0,
    });
    expect(kpi.status).toBe(200);
    ids.kpi = kpi.body.id;
  });
  afterAll(() => t.close());

  async function setUpDirectDebit(): Promise<void> {
    await api()
      .patch('/debit-settings', {
        consignorCode: '1234567890',
        consignorName: 'タマゴインキュベーションセンター',
        bankCode: '0001',
        bankName: 'ミズホ',
        branchCode: '001',
        branchName: 'トウキョウ',
        accountType: 'ordinary',
        accountNumber: '7654321',
      })
      .expect(200);
    await api()
      .post('/debit-mandates', {
        tenantId,
        bankCode: '0005',
        bankName: 'ミツビシ',
        branchCode: '123',
        branchName: 'シンジュク',
        accountType: 'ordinary',
        accountNumber: '1234567',
        holderName: 'ケンショウセイキ(カ',
        customerNumber: '1001',
      })
      .expect(201);
  }

  const midnight = (date: string) => new Date(`${date}T00:00:00+09:00`).toISOString();
  const expectedStaffFeed = (): Partial<Item>[] => [
    {
      kind: 'kpi_submission',
      title: 'KPI報告 2026-Q3 提出',
      titleEn: 'KPI report 2026-Q3 submitted',
      staffOnly: false,
      ref: { type: 'kpi_submission', id: ids.kpi },
    },
    {
      kind: 'invoice_void',
      title: '請求書 INV-202606-00003 取消',
      titleEn: 'Invoice INV-202606-00003 voided',
      detail: '賃料改定のため再発行',
      staffOnly: false,
      ref: { type: 'invoice', id: ids.june },
    },
    {
      at: midnight('2026-06-26'),
      kind: 'debit_failure',
      title: '口座振替不能 ¥43,000（資金不足）',
      titleEn: 'Direct debit failed ¥43,000 (insufficient funds)',
      detail: '引落日 2026-06-26、振替結果コード 1',
      staffOnly: false,
      ref: { type: 'debit_batch', id: ids.batch },
    },
    {
      at: midnight('2026-06-01'),
      kind: 'invoice',
      title: '請求書 INV-202606-00003 発行 ¥99,000',
      titleEn: 'Invoice INV-202606-00003 issued ¥99,000',
      detail: '2026-06 分、支払期日 2026-06-30',
      staffOnly: false,
      ref: { type: 'invoice', id: ids.june },
    },
    {
      at: midnight('2026-05-28'),
      kind: 'credit_note',
      title: '適格返還請求書 INV-202605-00002 発行 ¥11,000（INV-202605-00001 の返還）',
      titleEn: 'Credit note INV-202605-00002 issued ¥11,000 (against INV-202605-00001)',
      detail: '空調停止期間の値引き',
      staffOnly: false,
      ref: { type: 'invoice', id: ids.credit },
    },
    {
      at: midnight('2026-05-25'),
      kind: 'refund',
      title: '返金 ¥5,000（銀行振込）',
      titleEn: 'Refund ¥5,000 (bank transfer)',
      staffOnly: false,
      ref: { type: 'payment', id: ids.refund },
    },
    {
      at: midnight('2026-05-20'),
      kind: 'payment',
      title: '入金 ¥50,000（銀行振込）',
      titleEn: 'Payment ¥50,000 (bank transfer)',
      staffOnly: false,
      ref: { type: 'payment', id: ids.payment },
    },
    {
      at: midnight('2026-05-20'),
      kind: 'payment_note',
      title: '電話で一部入金の連絡あり',
      titleEn: '電話で一部入金の連絡あり',
      staffOnly: true,
      ref: { type: 'payment', id: ids.payment },
    },
    {
      at: midnight('2026-05-01'),
      kind: 'invoice',
      title: '請求書 INV-202605-00001 発行 ¥99,000',
      titleEn: 'Invoice INV-202605-00001 issued ¥99,000',
      detail: '2026-05 分、支払期日 2026-06-01',
      staffOnly: false,
      ref: { type: 'invoice', id: ids.may },
    },
  ];

  it('shows staff invoices, credit notes, voids, payments, refunds, failed debits and KPI submissions, newest first', async () => {
    const items = await timeline(f.adminToken);
    expect(items).toEqual(expectedStaffFeed().map((e) => expect.objectContaining(e)));
    const [kpi, voided] = items;
    expect(kpi.at > voided.at).toBe(true);
    expect(voided.at > midnight('2026-06-26')).toBe(true);
    expect(items.some((i) => i.title.includes('2026-07') || (i.detail ?? '').includes('2026-07'))).toBe(false);
  });

  it('merges them with the lifecycle and lease items in one feed, and filters by kind', async () => {
    const all = await timeline(f.adminToken, 'limit=200');
    expect(all.map((i) => i.at)).toEqual([...all.map((i) => i.at)].sort().reverse());
    expect(all.filter((i) => i.kind === 'lease')).toEqual([
      {
        at: midnight('2026-04-01'),
        kind: 'lease',
        title: '入居契約 開始 R101',
        titleEn: 'Lease started R101',
        detail: '契約期間 2026-04-01〜2029-03-31、月額賃料 ¥90,000（契約中）',
        staffOnly: false,
        ref: { type: 'lease', id: ids.lease },
      },
    ]);
    expect(all.filter((i) => i.kind === 'lifecycle').map((i) => [i.title, i.titleEn])).toEqual([
      ['登録: 入居中', 'Registered as active'],
    ]);
    expect(all.filter((i) => MONEY_KINDS.split(',').includes(i.kind))).toHaveLength(9);
    const refunds = await timeline(f.adminToken, 'kinds=refund,debit_failure');
    expect(refunds.map((i) => i.kind)).toEqual(['debit_failure', 'refund']);
  });

  it('shows a tenant user their own timeline without the internal payment note', async () => {
    const items = await timeline(tenantUser);
    expect(items).toEqual(
      expectedStaffFeed()
        .filter((e) => !e.staffOnly)
        .map((e) => expect.objectContaining(e)),
    );
    expect(JSON.stringify(items)).not.toContain('電話で一部入金');
    await api(tenantUser).get(`/tenants/${otherTenantId}/timeline`).expect(404);
  });

  it('answers 404 to another facility, whose payment history reads none of these rows', async () => {
    await api(other.adminToken).get(`/tenants/${tenantId}/timeline`).expect(404);
    const history = t.app.get(PaymentHistoryService);
    expect(await history.paymentsOf(other.facilityId, tenantId)).toEqual([]);
    expect(await history.debitFailuresOf(other.facilityId, tenantId)).toEqual([]);
    expect((await history.paymentsOf(f.facilityId, tenantId)).map((p) => [p.kind, p.amount])).toEqual([
      ['payment', 50_000],
      ['refund', -5_000],
    ]);
    expect(await history.debitFailuresOf(f.facilityId, tenantId)).toEqual([
      expect.objectContaining({ batchId: ids.batch, debitDate: '2026-06-26', amount: 43_000, resultCode: '1' }),
    ]);
  });
});
