import iconv from 'iconv-lite';
import { ChargeService, InvoiceCorrectionService, nextPeriod, previousPeriod } from '@tamago/billing';
import { TransactionRunner } from '@tamago/database';
import { seedLease, seedTenant } from '../billing/billing-helpers';
import { TestFacility, bearer, createFacility } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';
import { issueInvoices } from './helpers';
import { binaryBody } from './zengin-fixtures';

interface TrialBalanceBody {
  period: string;
  rows: { account: string; debit: number; credit: number }[];
  debit: number;
  credit: number;
}

/**
 * Accounting that posts as it is, through a year of billing issued in advance (each month's rent
 * issued on the 15th of the month before): revenue in its service month via 前受金, the deposit as
 * 預り保証金, a void posted in the month it happens, and a trial balance that ties every month.
 */
describe('accounting: journal and trial balance over a year of billing', () => {
  let t: TestApp;
  let f: TestFacility;
  let tenantId = '';
  let other = '';
  let marchNumber = '';
  const months: string[] = [];

  beforeAll(async () => {
    t = await createTestApp();
    f = await createFacility(t.app, t.http, '会計テスト施設');
    tenantId = await seedTenant(t, f.facilityId, 'アルファ株式会社');
    other = await seedTenant(t, f.facilityId, 'ベータ合同会社');
    await seedLease(t, f.facilityId, tenantId, {
      startDate: '2026-04-01',
      endDate: '2029-03-31',
      monthlyRent: 100_000,
      commonAreaFee: 10_000,
    });
    await t.app.get(ChargeService).create(f.facilityId, f.adminUserId, {
      tenantId,
      period: '2026-04',
      description: '保証金',
      quantity: 1,
      unitPrice: 300_000,
      taxCategory: 'out_of_scope',
    });
    // April 2026 … February 2027, each issued on the 15th of the month before (advance billing).
    for (let p = '2026-04'; p <= '2027-03'; p = nextPeriod(p)) months.push(p);
    for (const p of months.slice(0, -1)) {
      await issueInvoices(t.app, f.facilityId, f.adminUserId, p, [], `${previousPeriod(p)}-15`);
    }
    // March 2027 is issued on 5 March, with a one-off charge of another tenant that is voided on 12 April.
    const march = (
      await issueInvoices(
        t.app,
        f.facilityId,
        f.adminUserId,
        '2027-03',
        [{ tenantId: other, amount: 20_000, taxCategory: 'standard' }],
        '2027-03-05',
      )
    ).find((i) => i.tenantId === other)!;
    marchNumber = march.number;
    await t.app.get(InvoiceCorrectionService).void(f.facilityId, f.adminUserId, march.id, '二重請求');
    // The void is dated 12 April 2027: the test cannot move the clock, so the instant is set here.
    await t.app
      .get(TransactionRunner)
      .inFacility(f.facilityId, (em) =>
        em.query(`UPDATE invoices SET voided_at = '2027-04-12T10:00:00+09:00' WHERE facility_id = $1 AND id = $2`, [
          f.facilityId,
          march.id,
        ]),
      );
  }, 120_000);
  afterAll(() => t.close());

  const trial = async (period: string): Promise<TrialBalanceBody> =>
    (await t.http.get(`/api/v1/accounting/trial-balance?period=${period}`).set(bearer(f.adminToken)).expect(200)).body;
  const row = (tb: TrialBalanceBody, account: string) =>
    tb.rows.find((r) => r.account === account) ?? { account, debit: 0, credit: 0 };

  it('trial balance debits equal credits for every month of the year, revenue in its service month', async () => {
    for (const p of ['2026-03', ...months, '2027-04']) {
      const tb = await trial(p);
      expect([p, tb.debit]).toEqual([p, tb.credit]);
      expect(tb.debit).toBe(tb.rows.reduce((s, r) => s + r.debit, 0));
      if (p >= '2026-04' && p <= '2027-03') {
        // Each month: its own rent and fee become revenue (released from 前受金), never the next month's.
        expect([p, row(tb, '賃貸料収入').credit]).toEqual([p, 100_000]);
        expect([p, row(tb, '共益費収入').credit]).toEqual([p, 10_000]);
        // Released from 前受金 on the 1st (rent + fee + 10% tax), except March, issued in March.
        expect([p, row(tb, '前受金').debit]).toEqual([p, p === '2027-03' ? 0 : 121_000]);
      }
    }
    // March 2026 holds only the advance billing of April: no revenue before the year starts.
    const mar = await trial('2026-03');
    expect(row(mar, '賃貸料収入').credit).toBe(0);
    expect(row(mar, '前受金').credit).toBe(121_000);
  });

  it('a deposit lands in 預り保証金 (a liability), never in income', async () => {
    const mar = await trial('2026-03');
    expect(row(mar, '預り保証金').credit).toBe(300_000);
    expect(row(mar, '雑収入').credit).toBe(0);
    const res = await t.http
      .get('/api/v1/accounting/journal?period=2026-03&format=generic')
      .set(bearer(f.adminToken))
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    const rows = (res.body as Buffer).toString('utf8').trim().split('\n');
    expect(rows.some((r) => r.includes(',売掛金,300000,預り保証金,300000,none,0,'))).toBe(true);
  });

  it('a March invoice voided in April appears reversed in April, as its own slip; March keeps it', async () => {
    const mar = await trial('2027-03');
    expect(row(mar, '雑収入').credit).toBe(20_000);
    const apr = await trial('2027-04');
    expect(row(apr, '雑収入').debit).toBe(20_000);
    expect(row(apr, '仮受消費税').debit).toBe(2_000);
    expect(row(apr, '売掛金').credit).toBeGreaterThanOrEqual(22_000);
    const res = await t.http
      .get('/api/v1/accounting/journal?period=2027-04&format=yayoi')
      .set(bearer(f.adminToken))
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    const rows = iconv
      .decode(res.body as Buffer, 'Shift_JIS')
      .split('\r\n')
      .filter(Boolean)
      .map((r) => r.split(','));
    const voidRows = rows.filter((r) => r[21] === marchNumber);
    expect(voidRows.map((r) => [r[0], r[3], r[4], r[10], r[8]])).toEqual([
      ['2000', '2027/04/12', '雑収入', '売掛金', '22000'],
    ]);
    expect(voidRows[0][16]).toBe(`ベータ合同会社 取消 請求 ${marchNumber} 2027年3月分`);
    // March's own export still shows the invoice as issued, untouched by the later void.
    const marRes = await t.http
      .get('/api/v1/accounting/journal?period=2027-03&format=yayoi')
      .set(bearer(f.adminToken))
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    const marRows = iconv
      .decode(marRes.body as Buffer, 'Shift_JIS')
      .split('\r\n')
      .filter(Boolean);
    expect(marRows.filter((r) => r.includes(marchNumber)).map((r) => r.split(',')[3])).toEqual(['2027/03/05']);
  });

  it('booking on issue is a facility choice, stated on the export', async () => {
    await t.http
      .patch('/api/v1/debit-settings')
      .set(bearer(f.adminToken))
      .send({ revenueRecognition: 'issue_date' })
      .expect(200);
    const mar = await trial('2026-03');
    expect(row(mar, '賃貸料収入').credit).toBe(100_000);
    expect(row(mar, '前受金').credit).toBe(0);
    const res = await t.http
      .get('/api/v1/accounting/journal?period=2026-03&format=generic')
      .set(bearer(f.adminToken))
      .buffer(true)
      .parse(binaryBody)
      .expect(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="journal-202603-issue-date.csv"');
    expect((res.body as Buffer).toString('utf8').trim().split('\n')[1].endsWith(',issue_date')).toBe(true);
    await t.http.get('/api/v1/accounting/trial-balance?period=2026-13').set(bearer(f.adminToken)).expect(400);
  });
});
