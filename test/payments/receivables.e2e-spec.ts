import iconv from 'iconv-lite';
import { Role } from '@tamago/identity';
import { TestFacility, bearer, createFacility, createUser } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';
import { createTenant, issueInvoices } from './helpers';
import { binaryBody } from './zengin-fixtures';

describe('arrears, journal export, tenant scope and isolation', () => {
  let t: TestApp;
  let f: TestFacility;
  let other: TestFacility;
  let tenantA = '';
  let tenantB = '';
  let apr = { id: '', number: '', dueDate: '' };
  let paymentId = '';

  beforeAll(async () => {
    t = await createTestApp();
    f = await createFacility(t.app, t.http);
    other = await createFacility(t.app, t.http, '別施設');
    tenantA = await createTenant(t.app, f.facilityId, f.adminUserId, 'エー工業株式会社', 'エーコウギョウ');
    tenantB = await createTenant(t.app, f.facilityId, f.adminUserId, 'ビー商会', 'ビーショウカイ');
    const [a] = await issueInvoices(
      t.app,
      f.facilityId,
      f.adminUserId,
      '2026-04',
      [
        { tenantId: tenantA, amount: 100_000, taxCategory: 'standard' },
        { tenantId: tenantA, amount: 5_000, taxCategory: 'reduced' },
      ],
      '2026-04-01',
    );
    apr = { id: a.id, number: a.number, dueDate: a.dueDate };
    const may = await issueInvoices(
      t.app,
      f.facilityId,
      f.adminUserId,
      '2026-05',
      [{ tenantId: tenantB, amount: 50_000 }],
      '2026-05-01',
    );
    expect(may[0].dueDate).toBe('2026-06-01'); // 31 May 2026 is a Sunday
    const paid = await t.http
      .post('/api/v1/payments')
      .set(bearer(f.adminToken))
      .send({ tenantId: tenantB, amount: 20_000, paidOn: '2026-05-10', method: 'bank_transfer' });
    paymentId = paid.body.id;
  });
  afterAll(() => t.close());

  const get = (url: string, token = f.adminToken) => t.http.get(`/api/v1${url}`).set(bearer(token));

  it('ages open invoices into buckets exactly at their boundaries', async () => {
    expect(apr.dueDate).toBe('2026-04-30');
    const cases: [string, string, number][] = [
      ['2026-04-30', 'current', 0],
      ['2026-05-01', 'd1_30', 0],
      ['2026-05-07', 'd1_30', 1],
      ['2026-05-21', 'd1_30', 2],
      ['2026-05-30', 'd1_30', 2],
      ['2026-05-31', 'd31_60', 2],
      ['2026-06-14', 'd31_60', 3],
      ['2026-06-29', 'd31_60', 3],
      ['2026-06-30', 'd61_90', 3],
      ['2026-07-29', 'd61_90', 3],
      ['2026-07-30', 'over_90', 3],
    ];
    for (const [asOf, bucket, level] of cases) {
      const res = await get(`/tenants/${tenantA}/arrears?asOf=${asOf}`);
      expect([asOf, res.body.invoices[0].bucket, res.body.dunningLevel, res.body.aging[bucket]]).toEqual([
        asOf,
        bucket,
        level,
        115_400,
      ]);
    }
  });

  it('reports every tenant with money open, worst first, with facility thresholds', async () => {
    const res = await get('/arrears?asOf=2026-06-30');
    expect(res.status).toBe(200);
    expect(res.body.totals).toEqual({
      current: 0,
      d1_30: 30_000,
      d31_60: 0,
      d61_90: 115_400,
      over_90: 0,
      total: 145_400,
    });
    expect(
      res.body.tenants.map((x: { tenantId: string; balance: number; dunningLevel: number }) => [
        x.tenantId,
        x.balance,
        x.dunningLevel,
      ]),
    ).toEqual([
      [tenantA, 115_400, 3],
      [tenantB, 30_000, 2],
    ]);
    await t.http
      .patch('/api/v1/debit-settings')
      .set(bearer(f.adminToken))
      .send({ dunningDays: [10, 40, 80] });
    const custom = await get('/arrears?asOf=2026-06-30');
    expect(custom.body.thresholds).toEqual([10, 40, 80]);
    expect(custom.body.tenants.map((x: { dunningLevel: number }) => x.dunningLevel)).toEqual([2, 1]);
    const bad = await t.http
      .patch('/api/v1/debit-settings')
      .set(bearer(f.adminToken))
      .send({ dunningDays: [10, 5, 80] });
    expect([bad.status, bad.body.errors[0].field]).toEqual([400, 'dunningDays']);
    expect((await get('/arrears?asOf=2026-02-30')).status).toBe(400);
  });

  it('exports the generic journal: revenue net of tax, 仮受消費税 per rate, receipts and credit', async () => {
    await t.http
      .post('/api/v1/payments')
      .set(bearer(f.adminToken))
      .send({ tenantId: tenantA, amount: 120_000, paidOn: '2026-04-20', method: 'bank_transfer' });
    const res = await get('/accounting/journal?period=2026-04&format=generic').buffer(true).parse(binaryBody);
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const rows = (res.body as Buffer).toString('utf8').trim().split('\n');
    expect(rows[0]).toBe(
      'date,debit_account,debit_amount,credit_account,credit_amount,tax_category,tax_amount,counterparty,memo,document_number,revenue_recognition',
    );
    const memo = `請求 ${apr.number} 2026年4月分`;
    expect(rows.slice(1, 5)).toEqual([
      `2026-04-01,売掛金,100000,雑収入,100000,sales_10,0,エー工業株式会社,${memo},${apr.number},service_period`,
      `2026-04-01,売掛金,5000,雑収入,5000,sales_8_reduced,0,エー工業株式会社,${memo},${apr.number},service_period`,
      `2026-04-01,売掛金,10000,仮受消費税,10000,sales_10,10000,エー工業株式会社,${memo},${apr.number},service_period`,
      `2026-04-01,売掛金,400,仮受消費税,400,sales_8_reduced,400,エー工業株式会社,${memo},${apr.number},service_period`,
    ]);
    expect(rows.slice(5).map((r) => r.split(',').slice(0, 9).join(','))).toEqual([
      '2026-04-20,普通預金,115400,売掛金,115400,none,0,エー工業株式会社,入金 振込',
      '2026-04-20,普通預金,4600,前受金,4600,none,0,エー工業株式会社,入金（前受） 振込',
    ]);
  });

  it('exports the 弥生会計 import format in Shift_JIS with tax-inclusive amounts and configured accounts', async () => {
    const patched = await t.http
      .patch('/api/v1/debit-settings')
      .set(bearer(f.adminToken))
      .send({ journalAccounts: { otherIncome: '受取家賃', bank: '当座預金' } })
      .expect(200);
    // The answer is the whole settings record: fields the patch left out keep their values.
    const before = (await get('/debit-settings')).body;
    expect(patched.body).toEqual(before);
    expect(patched.body.journalAccounts).toMatchObject({
      otherIncome: '受取家賃',
      bank: '当座預金',
      receivable: '売掛金',
    });
    const res = await get('/accounting/journal?period=2026-04&format=yayoi').buffer(true).parse(binaryBody);
    expect(res.status).toBe(200);
    expect(res.headers['content-disposition']).toBe('attachment; filename="journal-yayoi-202604.csv"');
    const rows = iconv
      .decode(res.body as Buffer, 'Shift_JIS')
      .split('\r\n')
      .filter(Boolean)
      .map((r) => r.split(','));
    expect(rows.map((r) => r.length)).toEqual([25, 25, 25, 25]);
    expect(rows.map((r) => [r[0], r[3], r[4], r[7], r[8], r[9], r[10], r[13], r[14], r[15]])).toEqual([
      ['2110', '2026/04/01', '売掛金', '対象外', '110000', '0', '受取家賃', '課税売上込10%', '110000', '10000'],
      ['2101', '2026/04/01', '売掛金', '対象外', '5400', '0', '受取家賃', '課税売上込8%(軽)', '5400', '400'],
      ['2110', '2026/04/20', '当座預金', '対象外', '115400', '0', '売掛金', '対象外', '115400', '0'],
      ['2101', '2026/04/20', '当座預金', '対象外', '4600', '0', '前受金', '対象外', '4600', '0'],
    ]);
    expect(rows[0][16]).toBe(`エー工業株式会社 請求 ${apr.number} 2026年4月分`);
    expect(rows[0].slice(19)).toEqual(['0', '', apr.number, '0', '0', 'no']);
    for (const period of ['2026-13', '2026-4', 'x']) {
      const bad = await get(`/accounting/journal?period=${period}`);
      expect([period, bad.status, bad.body.errors[0].field]).toEqual([period, 400, 'period']);
    }
  });

  it('confines tenant users to their own statement and arrears', async () => {
    const user = await createUser(t.app, t.http, f.facilityId, [Role.TenantAdmin], { tenantId: tenantB });
    const own = await get(`/tenants/${tenantB}/statement`, user.token);
    expect(own.status).toBe(200);
    expect(own.body.lines.map((l: { kind: string; balance: number }) => [l.kind, l.balance])).toEqual([
      ['invoice', 50_000],
      ['payment', 30_000],
    ]);
    expect((await get(`/tenants/${tenantA}/statement`, user.token)).status).toBe(404);
    expect((await get(`/tenants/${tenantB}/arrears`, user.token)).status).toBe(200);
    expect((await get(`/tenants/${tenantA}/arrears`, user.token)).status).toBe(404);
    expect((await get('/payments', user.token)).status).toBe(403);
    expect((await get('/arrears', user.token)).status).toBe(403);
    expect((await get(`/payments/${paymentId}`, user.token)).status).toBe(403);
  });

  it('keeps payments, statements, credit and arrears to their facility', async () => {
    const o = other.adminToken;
    expect((await get('/payments', o)).body).toEqual({ items: [], total: 0 });
    expect((await get(`/payments/${paymentId}`, o)).status).toBe(404);
    const refund = await t.http
      .post(`/api/v1/payments/${paymentId}/refund`)
      .set(bearer(o))
      .send({ amount: 1, refundedOn: '2026-06-01' });
    expect(refund.status).toBe(404);
    const foreign = await t.http
      .post('/api/v1/payments')
      .set(bearer(o))
      .send({ tenantId: tenantA, amount: 1_000, paidOn: '2026-06-01', method: 'cash' });
    expect([foreign.status, foreign.body.errors?.[0]?.field]).toEqual([400, 'tenantId']);
    expect((await get(`/tenants/${tenantA}/statement`, o)).status).toBe(404);
    expect((await get(`/tenants/${tenantA}/arrears`, o)).status).toBe(404);
    const credit = await t.http
      .post(`/api/v1/tenants/${tenantA}/credit/apply`)
      .set(bearer(o))
      .send({ on: '2026-06-01' });
    expect(credit.status).toBe(404);
    expect((await get('/arrears?asOf=2026-06-30', o)).body.tenants).toEqual([]);
    const journal = await get('/accounting/journal?period=2026-04', o).buffer(true).parse(binaryBody);
    expect((journal.body as Buffer).toString('utf8').trim().split('\n')).toHaveLength(1);
    // The same Idempotency-Key in another facility is that facility's own key.
    const a = await t.http
      .post('/api/v1/payments')
      .set(bearer(f.adminToken))
      .set('Idempotency-Key', 'shared-key')
      .send({ tenantId: tenantB, amount: 100, paidOn: '2026-06-02', method: 'cash' });
    const otherTenant = await createTenant(t.app, other.facilityId, other.adminUserId, '他社', 'タシャ');
    const b = await t.http
      .post('/api/v1/payments')
      .set(bearer(o))
      .set('Idempotency-Key', 'shared-key')
      .send({ tenantId: otherTenant, amount: 100, paidOn: '2026-06-02', method: 'cash' });
    expect([a.status, b.status]).toEqual([201, 201]);
    expect(a.body.id).not.toBe(b.body.id);
  });
});
