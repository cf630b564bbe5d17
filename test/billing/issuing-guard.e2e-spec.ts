import { TestFacility, bearer, createFacility } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';
import {
  REGISTRATION_NUMBER,
  getBinary,
  invoicesOf,
  issueRun,
  pdfText,
  previewRun,
  savePdfPng,
  seedLease,
  seedTenant,
  waitForRun,
} from './billing-helpers';

const BANK = {
  bankName: 'みらい銀行',
  branchName: '本店',
  accountType: 'ordinary',
  accountNumber: '1234567',
  accountHolder: 'ｶ)ﾐﾗｲｼｾﾂ',
};

/**
 * 消費税法 57条の5: a document that can be mistaken for a qualified invoice must not be issued by
 * anyone but a registered issuer. Issuing is refused (409 listing what is missing) until the
 * facility is registered or declares it is not (qualifiedInvoiceIssuer: false → 請求書).
 */
describe('issuing guard', () => {
  let t: TestApp;
  let f: TestFacility;
  let g: TestFacility;

  beforeAll(async () => {
    t = await createTestApp({ worker: true });
    f = await createFacility(t.app, t.http, '未登録施設');
    g = await createFacility(t.app, t.http, '登録施設');
    const corp = await seedTenant(t, f.facilityId, 'アルファ株式会社');
    const person = await seedTenant(t, f.facilityId, '山田 太郎', 'individual');
    for (const id of [corp, person]) {
      await seedLease(t, f.facilityId, id, { startDate: '2026-04-01', endDate: '2029-03-31', monthlyRent: 50_000 });
    }
    const other = await seedTenant(t, g.facilityId, 'ベータ株式会社');
    await seedLease(t, g.facilityId, other, { startDate: '2026-04-01', endDate: '2029-03-31', monthlyRent: 80_000 });
  }, 60_000);
  afterAll(() => t.close());

  it('a facility without a registration number cannot issue 適格請求書: the preview warns, issuing answers 409', async () => {
    const run = await previewRun(t.http, f.adminToken, '2027-01');
    expect(run.status).toBe('previewed');
    const read = await t.http.get(`/api/v1/billing-runs/${run.id}`).set(bearer(f.adminToken)).expect(200);
    expect(read.body.warnings.map((w: { field: string }) => w.field)).toEqual([
      'legalName',
      'registrationNumber',
      'bankAccount',
    ]);
    const res = await t.http
      .post(`/api/v1/billing-runs/${run.id}/issue`)
      .set(bearer(f.adminToken))
      .send({ issueDate: '2027-01-05' })
      .expect(409);
    expect(res.body.errors.map((e: { field: string }) => e.field)).toEqual([
      'legalName',
      'registrationNumber',
      'bankAccount',
    ]);
    expect(res.body.missing).toEqual(['legalName', 'registrationNumber', 'bankAccount']);
    // Nothing numbered, nothing issued.
    const after = await t.http.get(`/api/v1/billing-runs/${run.id}`).set(bearer(f.adminToken)).expect(200);
    expect(after.body.status).toBe('previewed');
    expect((await invoicesOf(t.http, f.adminToken, run.id)).every((i) => i.number === null)).toBe(true);

    // A legal name alone is not enough: still 409 naming the registration number and the account.
    await t.http.patch('/api/v1/facility').set(bearer(f.adminToken)).send({ legalName: '一般社団法人みらい' });
    const again = await t.http
      .post(`/api/v1/billing-runs/${run.id}/issue`)
      .set(bearer(f.adminToken))
      .send({ issueDate: '2027-01-05' })
      .expect(409);
    expect(again.body.missing).toEqual(['registrationNumber', 'bankAccount']);
  });

  it('qualifiedInvoiceIssuer false issues ordinary 請求書: never the word 適格, no 登録番号; people are 様', async () => {
    await t.http
      .patch('/api/v1/facility')
      .set(bearer(f.adminToken))
      .send({
        qualifiedInvoiceIssuer: false,
        bankAccount: BANK,
        issuerAddress: '東京都千代田区丸の内1-1-1',
        issuerPhone: '03-1234-5678',
      })
      .expect(200);
    const [run] = (await t.http.get('/api/v1/billing-runs').set(bearer(f.adminToken)).expect(200)).body.items;
    const read = await t.http.get(`/api/v1/billing-runs/${run.id}`).set(bearer(f.adminToken)).expect(200);
    expect(read.body.warnings).toEqual([]);
    const issued = await issueRun(t.http, f.adminToken, run.id, '2027-01-05');
    expect(issued.status).toBe('issued');
    const invoices = await invoicesOf(t.http, f.adminToken, run.id);
    expect(invoices).toHaveLength(2);
    for (const inv of invoices) {
      const pdf = await getBinary(t.http, f.adminToken, `/api/v1/invoices/${inv.id}/pdf`);
      const text = pdfText(pdf);
      expect(text).toContain('請求書');
      expect(text).not.toContain('適格');
      expect(text).not.toContain('登録番号');
      expect(text).toContain('東京都千代田区丸の内1-1-1');
    }
    const texts = await Promise.all(
      invoices.map(async (i) => pdfText(await getBinary(t.http, f.adminToken, `/api/v1/invoices/${i.id}/pdf`))),
    );
    expect(texts.some((x) => /山田 太郎\s*様/.test(x))).toBe(true);
    expect(texts.some((x) => /アルファ株式会社\s*御中/.test(x))).toBe(true);
    savePdfPng(await getBinary(t.http, f.adminToken, `/api/v1/invoices/${invoices[0].id}/pdf`), 'not-registered');

    // A credit note of a non-registered issuer is a 返還請求書, not 適格返還請求書.
    const cn = await t.http
      .post(`/api/v1/invoices/${invoices[0].id}/credit-notes`)
      .set(bearer(f.adminToken))
      .send({ reason: '値引き', amount: 1_000, issueDate: '2027-01-10' })
      .expect(201);
    const cnText = pdfText(await getBinary(t.http, f.adminToken, `/api/v1/invoices/${cn.body.id}/pdf`));
    expect(cnText).toContain('返還請求書');
    expect(cnText).not.toContain('適格');
  });

  it('a registered facility issues 適格請求書 with its registration number', async () => {
    await t.http
      .patch('/api/v1/facility')
      .set(bearer(g.adminToken))
      .send({ legalName: '株式会社インキュベーション', registrationNumber: REGISTRATION_NUMBER, bankAccount: BANK })
      .expect(200);
    const run = await previewRun(t.http, g.adminToken, '2027-01');
    const read = await t.http.get(`/api/v1/billing-runs/${run.id}`).set(bearer(g.adminToken)).expect(200);
    expect(read.body.warnings).toEqual([]);
    await issueRun(t.http, g.adminToken, run.id, '2027-01-05');
    const [inv] = await invoicesOf(t.http, g.adminToken, run.id);
    const text = pdfText(await getBinary(t.http, g.adminToken, `/api/v1/invoices/${inv.id}/pdf`));
    expect(text).toContain('適格請求書');
    expect(text).toContain(REGISTRATION_NUMBER);
    expect(text).toContain('株式会社インキュベーション');
  });

  it('removing the registration number afterwards stops the next run (409)', async () => {
    const run = await previewRun(t.http, g.adminToken, '2027-02');
    await t.http.post(`/api/v1/billing-runs/${run.id}/issue`).set(bearer(g.adminToken)).send({}).expect(202);
    expect((await waitForRun(t.http, g.adminToken, run.id, ['issued', 'failed'])).status).toBe('issued');
    await t.http.patch('/api/v1/facility').set(bearer(g.adminToken)).send({ registrationNumber: null }).expect(200);
    const next = await previewRun(t.http, g.adminToken, '2027-03');
    await t.http.post(`/api/v1/billing-runs/${next.id}/issue`).set(bearer(g.adminToken)).send({}).expect(409);
  });
});
