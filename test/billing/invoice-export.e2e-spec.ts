import { parse } from 'csv-parse/sync';
import { Role } from '@tamago/identity';
import { TestFacility, bearer, createFacility, createUser } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';
import {
  type InvoiceBody,
  getBinary,
  invoicesOf,
  issueRun,
  previewRun,
  registerIssuer,
  seedLease,
  seedTenant,
} from './billing-helpers';

const HEADERS = [
  '請求書番号',
  '種別',
  '状態',
  '対象月',
  '発行日',
  '支払期限',
  '請求先',
  '税抜金額',
  '消費税額',
  '税込金額',
  '入金済額',
  '返還済額',
  '元請求書番号',
  '取消日',
];

describe('invoice CSV export (accountant)', () => {
  let t: TestApp;
  let f: TestFacility;
  let other: TestFacility;
  let acct: string;
  let otherAcct: string;
  let portal: string;
  const issued: InvoiceBody[] = [];

  const csvOf = async (token: string, query = '') => {
    const body = await getBinary(t.http, token, `/api/v1/invoices/export.csv${query}`);
    return { body, rows: parse(body.toString('utf8').replace(/^\uFEFF/, '')) as string[][] };
  };

  beforeAll(async () => {
    t = await createTestApp({ worker: true });
    f = await createFacility(t.app, t.http, 'CSV出力テスト');
    other = await createFacility(t.app, t.http, '別施設');
    acct = (await createUser(t.app, t.http, f.facilityId, [Role.Accountant])).token;
    otherAcct = (await createUser(t.app, t.http, other.facilityId, [Role.Accountant])).token;
    await registerIssuer(t.http, acct);
    await registerIssuer(t.http, otherAcct);
    const alpha = await seedTenant(t, f.facilityId, 'アルファ株式会社');
    const formula = await seedTenant(t, f.facilityId, '=HYPERLINK("http://evil.example")商会');
    const foreign = await seedTenant(t, other.facilityId, 'よその施設の会社');
    for (const [facility, tenant, rent] of [
      [f.facilityId, alpha, 80_000],
      [f.facilityId, formula, 50_000],
      [other.facilityId, foreign, 70_000],
    ] as const)
      await seedLease(t, facility, tenant, {
        startDate: '2026-01-01',
        endDate: '2028-12-31',
        monthlyRent: rent,
        commonAreaFee: 5_000,
      });
    for (const period of ['2026-04', '2026-05']) {
      const run = await previewRun(t.http, acct, period);
      expect((await issueRun(t.http, acct, run.id)).status).toBe('issued');
      issued.push(...(await invoicesOf(t.http, acct, run.id)));
    }
    const foreignRun = await previewRun(t.http, otherAcct, '2026-04');
    await issueRun(t.http, otherAcct, foreignRun.id);
    // A preview left unissued: its drafts are not invoices yet and stay out of the export.
    await previewRun(t.http, acct, '2026-06');
    portal = (await createUser(t.app, t.http, f.facilityId, [Role.TenantAdmin], { tenantId: alpha })).token;
  });
  afterAll(() => t.close());

  it('streams every issued invoice of the facility: BOM, Japanese headers, whole-yen amounts, formulas defused', async () => {
    const res = await t.http.get('/api/v1/invoices/export.csv').set(bearer(acct)).expect(200);
    expect(res.headers['content-type']).toMatch(/^text\/csv; charset=utf-8/);
    expect(res.headers['content-disposition']).toBe('attachment; filename="invoices_all_all.csv"');
    const { body, rows } = await csvOf(acct);
    expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(body.toString('utf8')).toContain('\r\n');
    expect(rows[0]).toEqual(HEADERS);
    const data = rows.slice(1);
    expect(data).toHaveLength(issued.length);
    expect(issued).toHaveLength(4);
    const byNumber = new Map(data.map((r) => [r[0], r]));
    for (const inv of issued) {
      const row = byNumber.get(inv.number!)!;
      expect(row).toBeDefined();
      expect(row.slice(1, 3)).toEqual(['請求書', '発行済']);
      expect(row[3]).toMatch(/^2026-0[45]$/);
      expect(row[4]).toBe(inv.issueDate);
      expect(row[5]).toBe(inv.dueDate);
      expect(Number(row[9])).toBe(inv.total);
      expect(row[9]).toMatch(/^\d+$/);
      expect(Number(row[7]) + Number(row[8])).toBe(inv.total);
    }
    const names = data.map((r) => r[6]);
    expect(names).toContain('アルファ株式会社');
    // The text cell that would be a formula in Excel starts with an apostrophe.
    expect(names).toContain(`'=HYPERLINK("http://evil.example")商会`);
    expect(body.toString('utf8')).not.toContain('よその施設の会社');
    // Ordered by issue date, then number.
    const keys = data.map((r) => `${r[4]} ${r[0]}`);
    expect(keys).toEqual([...keys].sort());
  });

  it('exports one period range; another facility sees only its own invoices', async () => {
    const may = (await csvOf(acct, '?from=2026-05&to=2026-05')).rows.slice(1);
    expect(may).toHaveLength(2);
    expect(may.every((r) => r[3] === '2026-05')).toBe(true);
    const fromMay = (await csvOf(acct, '?from=2026-05')).rows.slice(1);
    expect(fromMay).toHaveLength(2);
    const foreign = await csvOf(otherAcct);
    expect(foreign.rows.slice(1)).toHaveLength(1);
    expect(foreign.rows[1][6]).toBe('よその施設の会社');
    expect(foreign.body.toString('utf8')).not.toContain('アルファ株式会社');
  });

  it('refuses tenant users and bad ranges', async () => {
    await t.http.get('/api/v1/invoices/export.csv').set(bearer(portal)).expect(403);
    await t.http.get('/api/v1/invoices/export.csv').expect(401);
    const bad = await t.http.get('/api/v1/invoices/export.csv?from=2026-13').set(bearer(acct)).expect(400);
    expect(bad.body.errors[0].field).toBe('from');
    const reversed = await t.http
      .get('/api/v1/invoices/export.csv?from=2026-06&to=2026-05')
      .set(bearer(acct))
      .expect(400);
    expect(reversed.body.errors[0].field).toBe('to');
  });
});
