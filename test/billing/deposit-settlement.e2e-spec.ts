import { TestFacility, bearer, createFacility } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';
import { getBinary, pdfText, registerIssuer, savePdfPng, seedTenant } from './billing-helpers';

const flat = (x: string) => x.replace(/[\s\u3000]+/g, '');

/** Exit settlement: deductions invoiced and taxed by kind, the deposit applied, the rest refunded. */
describe('deposit settlement at exit', () => {
  let t: TestApp;
  let f: TestFacility;
  let tenantId = '';

  beforeAll(async () => {
    t = await createTestApp();
    f = await createFacility(t.app, t.http, '精算テスト施設');
    await registerIssuer(t.http, f.adminToken);
    tenantId = await seedTenant(t, f.facilityId, 'オメガ株式会社');
  }, 60_000);
  afterAll(() => t.close());

  const settle = (body: object, status: number) =>
    t.http.post('/api/v1/invoices/deposit-settlements').set(bearer(f.adminToken)).send(body).expect(status);

  it('deductions under the deposit: taxed at 10%, the deposit applied, the rest refunded, nothing to collect', async () => {
    const res = await settle(
      {
        tenantId,
        settledOn: '2027-03-31',
        depositHeld: 300_000,
        deductions: [
          { kind: 'restoration', description: '原状回復費（クロス張替）', amount: 50_000 },
          { kind: 'deposit_amortization', amount: 30_000 },
        ],
      },
      201,
    );
    expect(res.body).toMatchObject({ amountDue: 0, refundAmount: 212_000 });
    expect(res.body.invoice).toMatchObject({ status: 'paid', subtotal: -220_000, tax: 8_000, total: -212_000 });
    expect(res.body.invoice.dueDate).toBeNull();
    const pdf = await getBinary(t.http, f.adminToken, `/api/v1/invoices/${res.body.invoice.id}/pdf`);
    savePdfPng(pdf, 'e2e-deposit-settlement');
    const text = flat(pdfText(pdf));
    for (const part of ['適格請求書', 'ご返金額', '¥212,000', '原状回復費（クロス張替）', '保証金償却', '保証金充当']) {
      expect([part, text.includes(flat(part))]).toEqual([part, true]);
    }
    const tb = (
      await t.http.get('/api/v1/accounting/trial-balance?period=2027-03').set(bearer(f.adminToken)).expect(200)
    ).body as { rows: { account: string; debit: number; credit: number }[]; debit: number; credit: number };
    const row = (a: string) => tb.rows.find((r) => r.account === a) ?? { debit: 0, credit: 0 };
    expect(row('預り保証金').debit).toBe(300_000);
    expect(row('雑収入').credit).toBe(80_000);
    expect(row('仮受消費税').credit).toBe(8_000);
    expect(row('売掛金').credit - row('売掛金').debit).toBe(212_000);
    expect(tb.debit).toBe(tb.credit);
  });

  it('deductions over the deposit: the rest is owed with a due date', async () => {
    const res = await settle(
      {
        tenantId,
        settledOn: '2027-04-15',
        depositHeld: 50_000,
        deductions: [{ kind: 'restoration', amount: 100_000 }],
      },
      201,
    );
    expect(res.body).toMatchObject({ amountDue: 60_000, refundAmount: 0 });
    expect(res.body.invoice).toMatchObject({ status: 'issued', total: 60_000 });
    expect(res.body.invoice.dueDate).toBe('2027-04-30');
  });

  it('refuses bad input naming the field, writing nothing', async () => {
    const before = (await t.http.get('/api/v1/invoices').set(bearer(f.adminToken)).expect(200)).body.total;
    await settle({ tenantId, settledOn: '2027-04-31', depositHeld: 1, deductions: [] }, 400);
    await settle(
      { tenantId, settledOn: '2027-04-30', depositHeld: 1, deductions: [{ kind: 'cleaning', amount: 1 }] },
      400,
    );
    await settle({ tenantId, settledOn: '2027-04-30', depositHeld: -1, deductions: [] }, 400);
    const other = await settle(
      { tenantId: '00000000-0000-4000-8000-000000000000', settledOn: '2027-04-30', depositHeld: 1, deductions: [] },
      400,
    );
    expect(other.body.errors[0].field).toBe('tenantId');
    expect((await t.http.get('/api/v1/invoices').set(bearer(f.adminToken)).expect(200)).body.total).toBe(before);
  });
});
