import { TransactionRunner } from '@tamago/database';
import { Role } from '@tamago/identity';
import { TestFacility, bearer, createFacility, createUser } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';
import {
  type InvoiceBody,
  registerIssuer,
  invoicesOf,
  issueRun,
  previewRun,
  seedLease,
  seedTenant,
} from './billing-helpers';

describe('charges and invoice corrections', () => {
  let t: TestApp;
  let f: TestFacility;
  let other: TestFacility;
  let acct: string;
  let tenant: string;
  let otherTenant: string;

  const countRows = (table: string) =>
    t.app
      .get(TransactionRunner)
      .inFacility(f.facilityId, (em) => em.query(`SELECT count(*)::int AS n FROM ${table}`))
      .then((r: { n: number }[]) => r[0].n);

  beforeAll(async () => {
    t = await createTestApp({ worker: true });
    f = await createFacility(t.app, t.http, '訂正テスト');
    other = await createFacility(t.app, t.http, '別施設');
    acct = (await createUser(t.app, t.http, f.facilityId, [Role.Accountant])).token;
    await registerIssuer(t.http, acct);
    tenant = await seedTenant(t, f.facilityId, 'イプシロン株式会社');
    otherTenant = await seedTenant(t, other.facilityId, '他施設の会社');
    await seedLease(t, f.facilityId, tenant, {
      startDate: '2026-01-01',
      endDate: '2028-12-31',
      monthlyRent: 80_000,
      commonAreaFee: 5_000,
    });
  });
  afterAll(() => t.close());

  it('refuses bad charges with 400 naming the field and writes nothing', async () => {
    const ok = {
      tenantId: tenant,
      period: '2027-04',
      description: '駐車場',
      quantity: 1,
      unitPrice: 5_000,
      taxCategory: 'standard',
    };
    const cases: [object, string][] = [
      [{ unitPrice: 100.5 }, 'unitPrice'],
      [{ unitPrice: -100 }, 'unitPrice'],
      [{ quantity: 1.5 }, 'quantity'],
      [{ taxCategory: 'luxury' }, 'taxCategory'],
      [{ period: '2027-13' }, 'period'],
      [{ period: '2027-4' }, 'period'],
      [{ unitPrice: 10_000_000_000 }, 'unitPrice'],
      [{ extra: 1 }, 'extra'],
    ];
    for (const [patch, field] of cases) {
      const res = await t.http
        .post('/api/v1/charges')
        .set(bearer(acct))
        .send({ ...ok, ...patch })
        .expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    // Another facility's tenant is unknown here: 400 naming tenantId.
    const foreign = await t.http
      .post('/api/v1/charges')
      .set(bearer(acct))
      .send({ ...ok, tenantId: otherTenant })
      .expect(400);
    expect(foreign.body.errors[0].field).toBe('tenantId');
    expect(await countRows('charges')).toBe(0);
    const created = await t.http.post('/api/v1/charges').set(bearer(acct)).send(ok).expect(201);
    expect(created.body).toMatchObject({ amount: 5_000, invoiceId: null });
    await t.http.delete(`/api/v1/charges/${created.body.id}`).set(bearer(acct)).expect(204);
    expect(await countRows('charges')).toBe(0);
    await t.http.post('/api/v1/billing-runs').set(bearer(acct)).send({ period: '2027-13' }).expect(400);
  });

  it('other facilities cannot read or delete charges', async () => {
    const otherAcct = (await createUser(t.app, t.http, other.facilityId, [Role.Accountant])).token;
    const c = await t.http
      .post('/api/v1/charges')
      .set(bearer(otherAcct))
      .send({
        tenantId: otherTenant,
        period: '2027-04',
        description: '電話',
        quantity: 1,
        unitPrice: 1_000,
        taxCategory: 'standard',
      })
      .expect(201);
    await t.http.get(`/api/v1/charges/${c.body.id}`).set(bearer(acct)).expect(404);
    await t.http.delete(`/api/v1/charges/${c.body.id}`).set(bearer(acct)).expect(404);
    expect((await t.http.get('/api/v1/charges').set(bearer(acct)).expect(200)).body.total).toBe(0);
    await t.http.get(`/api/v1/charges/${c.body.id}`).set(bearer(otherAcct)).expect(200);
  });

  it('issued invoices never change; void keeps the record, reissue replaces it, credit notes refer to the original', async () => {
    const run = await previewRun(t.http, acct, '2027-04');
    await issueRun(t.http, acct, run.id, '2027-04-01');
    const [inv] = await invoicesOf(t.http, acct, run.id);
    expect(inv).toMatchObject({ number: 'INV-202704-00001', total: 93_500, status: 'issued' });
    await t.http.patch(`/api/v1/invoices/${inv.id}`).set(bearer(acct)).send({}).expect(405);
    await t.http.delete(`/api/v1/invoices/${inv.id}`).set(bearer(acct)).expect(405);

    // Credit note: ¥10,000 of rent back, with tax, numbered in the same sequence.
    const cn = await t.http
      .post(`/api/v1/invoices/${inv.id}/credit-notes`)
      .set(bearer(acct))
      .send({ reason: '賃料減額', amount: 10_000, issueDate: '2027-04-10' })
      .expect(201);
    expect(cn.body).toMatchObject({
      kind: 'credit_note',
      number: 'INV-202704-00002',
      originalInvoiceId: inv.id,
      subtotal: -10_000,
      tax: -1_000,
      total: -11_000,
      dueDate: null,
    });
    const original = (await t.http.get(`/api/v1/invoices/${inv.id}`).set(bearer(acct)).expect(200)).body;
    expect(original).toMatchObject({ amountCredited: 11_000, status: 'partially_paid', total: 93_500 });
    await t.http
      .post(`/api/v1/invoices/${inv.id}/credit-notes`)
      .set(bearer(acct))
      .send({ reason: 'too much', amount: 90_000 })
      .expect(422);
    await t.http
      .post(`/api/v1/invoices/${inv.id}/credit-notes`)
      .set(bearer(acct))
      .send({ reason: 'x', amount: 1.5 })
      .expect(400);
    // Credited invoices cannot be voided.
    await t.http.post(`/api/v1/invoices/${inv.id}/void`).set(bearer(acct)).send({ reason: '誤り' }).expect(409);
  });

  it('void and reissue keep both records and free the period slot for exactly one live invoice', async () => {
    const run = await previewRun(t.http, acct, '2027-05');
    await issueRun(t.http, acct, run.id, '2027-05-01');
    const [inv] = await invoicesOf(t.http, acct, run.id);
    await t.http.post(`/api/v1/invoices/${inv.id}/reissue`).set(bearer(acct)).send({}).expect(409);
    const voided = await t.http
      .post(`/api/v1/invoices/${inv.id}/void`)
      .set(bearer(acct))
      .send({ reason: '宛名誤り' })
      .expect(200);
    expect(voided.body).toMatchObject({ status: 'void', voidReason: '宛名誤り', number: inv.number });
    const re = await t.http
      .post(`/api/v1/invoices/${inv.id}/reissue`)
      .set(bearer(acct))
      .send({ issueDate: '2027-05-02' })
      .expect(201);
    expect(re.body).toMatchObject({
      status: 'issued',
      total: inv.total,
      period: '2027-05',
      number: 'INV-202705-00004',
    });
    expect((await t.http.get(`/api/v1/invoices/${inv.id}`).set(bearer(acct)).expect(200)).body.replacedById).toBe(
      re.body.id,
    );
    await t.http.post(`/api/v1/invoices/${inv.id}/reissue`).set(bearer(acct)).send({}).expect(409);
    const may = (
      await t.http.get('/api/v1/invoices').query({ period: '2027-05', sort: 'number' }).set(bearer(acct)).expect(200)
    ).body;
    expect(may.items.map((i: InvoiceBody) => i.status)).toEqual(['void', 'issued']);
    // Search by counterparty and amount range.
    const found = (
      await t.http
        .get('/api/v1/invoices')
        .query({ q: 'イプシロン', totalMin: 93_500, totalMax: 93_500 })
        .set(bearer(acct))
        .expect(200)
    ).body;
    expect(found.total).toBe(3);
    const none = (
      await t.http
        .get('/api/v1/invoices')
        .query({ q: 'イプシロン', issueDateFrom: '2027-06-01' })
        .set(bearer(acct))
        .expect(200)
    ).body;
    expect(none.total).toBe(0);
  });
});
