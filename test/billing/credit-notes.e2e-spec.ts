import { Role } from '@tamago/identity';
import { TestFacility, bearer, createFacility, createUser } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';
import { invoicesOf, issueRun, previewRun, registerIssuer, seedTenant } from './billing-helpers';

/** Credit notes are limited per tax category and leave no ¥1 residue after partial credits. */
describe('credit notes per tax category', () => {
  let t: TestApp;
  let f: TestFacility;
  let acct: string;
  let invoiceId: string;

  beforeAll(async () => {
    t = await createTestApp({ worker: true });
    f = await createFacility(t.app, t.http, '返還テスト施設');
    acct = (await createUser(t.app, t.http, f.facilityId, [Role.Accountant])).token;
    await registerIssuer(t.http, acct);
    const tenantId = await seedTenant(t, f.facilityId, 'ゼータ株式会社');
    const charge = (body: object) =>
      t.http
        .post('/api/v1/charges')
        .set(bearer(acct))
        .send({ tenantId, period: '2027-06', quantity: 1, ...body })
        .expect(201);
    // 3 × ¥105 at 10% (tax ¥31, rounded once) and a ¥300,000 deposit (不課税).
    for (let i = 0; i < 3; i++)
      await charge({ description: `コピー代${i + 1}`, unitPrice: 105, taxCategory: 'standard' });
    await charge({ description: '保証金', unitPrice: 300_000, taxCategory: 'out_of_scope' });
    const run = await previewRun(t.http, acct, '2027-06');
    await issueRun(t.http, acct, run.id, '2027-06-01');
    [{ id: invoiceId }] = await invoicesOf(t.http, acct, run.id);
  }, 60_000);
  afterAll(() => t.close());

  const credit = (lines: object[], status: number) =>
    t.http
      .post(`/api/v1/invoices/${invoiceId}/credit-notes`)
      .set(bearer(acct))
      .send({ reason: '返還', lines, issueDate: '2027-06-10' })
      .expect(status);
  const line = (unitPrice: number, taxCategory = 'standard') => ({
    description: '返還',
    quantity: 1,
    unitPrice,
    taxCategory,
  });

  it('refuses a tax category the original never charged, and more than it charged in a category', async () => {
    const a = await credit([line(100, 'reduced')], 422);
    expect(a.body.errors[0].field).toBe('lines[0].taxCategory');
    // ¥316 at 10% is more than the ¥315 charged at 10%, though the invoice total is far larger.
    const b = await credit([line(316)], 422);
    expect(b.body.errors[0].field).toBe('lines[0].unitPrice');
  });

  it('three partial credits of ¥105 return exactly the ¥31 charged; the fourth is refused', async () => {
    const taxes: number[] = [];
    for (let i = 0; i < 3; i++) taxes.push((await credit([line(105)], 201)).body.tax);
    expect(taxes).toEqual([-10, -11, -10]);
    expect((await credit([line(1)], 422)).body.errors[0].field).toBe('lines[0].unitPrice');
    const inv = (await t.http.get(`/api/v1/invoices/${invoiceId}`).set(bearer(acct)).expect(200)).body;
    expect(inv.amountCredited).toBe(346);
  });

  it('returns the deposit without tax, once', async () => {
    const note = await credit([line(300_000, 'out_of_scope')], 201);
    expect(note.body).toMatchObject({ subtotal: -300_000, tax: 0, total: -300_000 });
    const detail = (await t.http.get(`/api/v1/invoices/${note.body.id}`).set(bearer(acct)).expect(200)).body;
    expect(detail.lines[0]).toMatchObject({ chargeKind: 'deposit', taxCategory: 'out_of_scope' });
    await credit([line(1, 'out_of_scope')], 422);
  });
});
