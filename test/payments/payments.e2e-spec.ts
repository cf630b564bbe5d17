import { InvoicesService } from '@tamago/billing';
import { TestFacility, bearer, createFacility } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';
import { createTenant, issueInvoices, openOf } from './helpers';

describe('payments: allocation, credit, refunds, idempotency', () => {
  let t: TestApp;
  let f: TestFacility;
  let tenantId: string;
  let inv: { apr: string; may: string; jun: string };

  beforeAll(async () => {
    t = await createTestApp();
    f = await createFacility(t.app, t.http);
    tenantId = await createTenant(t.app, f.facilityId, f.adminUserId, 'ケンショウ精機株式会社', 'ケンショウセイキ');
    const apr = await issueInvoices(
      t.app,
      f.facilityId,
      f.adminUserId,
      '2026-04',
      [{ tenantId, amount: 55_000 }],
      '2026-04-01',
    );
    const may = await issueInvoices(
      t.app,
      f.facilityId,
      f.adminUserId,
      '2026-05',
      [{ tenantId, amount: 60_000 }],
      '2026-05-01',
    );
    const jun = await issueInvoices(
      t.app,
      f.facilityId,
      f.adminUserId,
      '2026-06',
      [{ tenantId, amount: 70_000 }],
      '2026-06-01',
    );
    inv = { apr: apr[0].id, may: may[0].id, jun: jun[0].id };
  });
  afterAll(() => t.close());

  const pay = (body: object, key?: string) => {
    const req = t.http.post('/api/v1/payments').set(bearer(f.adminToken));
    return (key ? req.set('Idempotency-Key', key) : req).send(body);
  };
  const invoice = (id: string) => t.app.get(InvoicesService).findIssued(f.facilityId, id);

  it('allocates to the oldest open invoice first, partially', async () => {
    const res = await pay({ tenantId, amount: 30_000, paidOn: '2026-04-20', method: 'bank_transfer' });
    expect(res.status).toBe(201);
    expect(
      res.body.allocations.map((a: { invoiceId: string; amount: number; kind: string }) => [
        a.kind,
        a.invoiceId,
        a.amount,
      ]),
    ).toEqual([['invoice', inv.apr, 30_000]]);
    const apr = await invoice(inv.apr);
    expect([apr!.status, apr!.amountPaid]).toEqual(['partially_paid', 30_000]);
  });

  it('spreads over invoices oldest first and keeps the overpayment as credit', async () => {
    // April has 25,000 open, May 60,000, June 70,000: 160,000 pays all and leaves 5,000.
    const res = await pay({ tenantId, amount: 160_000, paidOn: '2026-06-10', method: 'cash' });
    expect(res.status).toBe(201);
    expect(
      res.body.allocations.map((a: { invoiceId: string | null; amount: number; kind: string }) => [
        a.kind,
        a.invoiceId,
        a.amount,
      ]),
    ).toEqual([
      ['invoice', inv.apr, 25_000],
      ['invoice', inv.may, 60_000],
      ['invoice', inv.jun, 70_000],
      ['credit', null, 5_000],
    ]);
    expect(res.body.creditAmount).toBe(5_000);
    for (const id of [inv.apr, inv.may, inv.jun]) expect((await invoice(id))!.status).toBe('paid');
    const st = await t.http.get(`/api/v1/tenants/${tenantId}/statement`).set(bearer(f.adminToken));
    expect(st.status).toBe(200);
    expect(st.body.closingBalance).toBe(-5_000);
    expect(st.body.creditBalance).toBe(5_000);
    expect(
      st.body.lines.map((l: { kind: string; debit: number; credit: number; balance: number }) => [
        l.kind,
        l.debit,
        l.credit,
        l.balance,
      ]),
    ).toEqual([
      ['invoice', 55_000, 0, 55_000],
      ['payment', 0, 30_000, 25_000],
      ['invoice', 60_000, 0, 85_000],
      ['invoice', 70_000, 0, 155_000],
      ['payment', 0, 160_000, -5_000],
    ]);
  });

  it('refunds from credit first, then reverses invoice allocations newest first, keeping history', async () => {
    const list = await t.http.get(`/api/v1/payments?tenantId=${tenantId}&method=cash`).set(bearer(f.adminToken));
    expect(list.body.total).toBe(1);
    const paymentId = list.body.items[0].id;
    const res = await t.http
      .post(`/api/v1/payments/${paymentId}/refund`)
      .set(bearer(f.adminToken))
      .send({ amount: 15_000, refundedOn: '2026-06-15' });
    expect(res.status).toBe(201);
    expect(res.body.kind).toBe('refund');
    expect(res.body.amount).toBe(-15_000);
    expect(
      res.body.allocations.map((a: { invoiceId: string | null; amount: number; kind: string }) => [
        a.kind,
        a.invoiceId,
        a.amount,
      ]),
    ).toEqual([
      ['invoice', inv.jun, -10_000],
      ['credit', null, -5_000],
    ]);
    const jun = await invoice(inv.jun);
    expect([jun!.status, jun!.amountPaid]).toEqual(['partially_paid', 60_000]);
    const original = await t.http.get(`/api/v1/payments/${paymentId}`).set(bearer(f.adminToken));
    expect(original.body.refundIds).toEqual([res.body.id]);
    const tooMuch = await t.http
      .post(`/api/v1/payments/${paymentId}/refund`)
      .set(bearer(f.adminToken))
      .send({ amount: 150_001, refundedOn: '2026-06-15' });
    expect(tooMuch.status).toBe(422);
  });

  it('pays named invoices only and keeps the rest as credit, then applies credit on request', async () => {
    const res = await pay({ tenantId, amount: 4_000, paidOn: '2026-06-20', method: 'card', invoiceIds: [inv.jun] });
    expect(res.status).toBe(201);
    expect(res.body.allocations.map((a: { amount: number; kind: string }) => [a.kind, a.amount])).toEqual([
      ['invoice', 4_000],
    ]);
    const over = await pay({ tenantId, amount: 9_000, paidOn: '2026-06-21', method: 'card', invoiceIds: [inv.jun] });
    expect(over.body.allocations.map((a: { amount: number; kind: string }) => [a.kind, a.amount])).toEqual([
      ['invoice', 6_000],
      ['credit', 3_000],
    ]);
    const jul = await issueInvoices(
      t.app,
      f.facilityId,
      f.adminUserId,
      '2026-07',
      [{ tenantId, amount: 10_000 }],
      '2026-07-01',
    );
    const applied = await t.http
      .post(`/api/v1/tenants/${tenantId}/credit/apply`)
      .set(bearer(f.adminToken))
      .send({ on: '2026-07-02' });
    expect(applied.status).toBe(200);
    expect(applied.body).toEqual({
      applied: 3_000,
      creditBalance: 0,
      allocations: [{ invoiceId: jul[0].id, amount: 3_000 }],
    });
    expect((await invoice(jul[0].id))!.amountPaid).toBe(3_000);
    expect((await openOf(t.app, f.facilityId, tenantId)).map((i) => i.openAmount)).toEqual([7_000]);
  });

  it('refuses fractional, negative, zero and absurd amounts naming amount, and writes nothing', async () => {
    const before = (await t.http.get('/api/v1/payments').set(bearer(f.adminToken))).body.total;
    for (const amount of [100.5, -100, 0, 10_000_000_001, '1000']) {
      const res = await pay({ tenantId, amount, paidOn: '2026-07-03', method: 'cash' });
      expect([amount, res.status]).toEqual([amount, 400]);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain('amount');
    }
    const bad = await pay({ tenantId, amount: 1, paidOn: '2026-02-30', method: 'cheque', extra: 1 });
    expect(bad.status).toBe(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['extra', 'method', 'paidOn']);
    expect((await t.http.get('/api/v1/payments').set(bearer(f.adminToken))).body.total).toBe(before);
  });

  it('an Idempotency-Key makes a retried POST record one payment; another body with the key is refused', async () => {
    const body = { tenantId, amount: 1_000, paidOn: '2026-07-05', method: 'bank_transfer' };
    const first = await pay(body, 'key-sequential-1');
    const again = await pay(body, 'key-sequential-1');
    expect([first.status, again.status]).toEqual([201, 201]);
    expect(again.body.id).toBe(first.body.id);
    const other = await pay({ ...body, amount: 1_001 }, 'key-sequential-1');
    expect(other.status).toBe(422);
    expect(other.body.errors[0].field).toBe('Idempotency-Key');
    const list = await t.http.get('/api/v1/payments?from=2026-07-05&to=2026-07-05').set(bearer(f.adminToken));
    expect(list.body.total).toBe(1);
  });

  it('serialises concurrent payments of one tenant: the open amount is never allocated twice', async () => {
    const other = await createTenant(t.app, f.facilityId, f.adminUserId, '並行テスト株式会社', 'ヘイコウテスト');
    const [invoiceRow] = await issueInvoices(
      t.app,
      f.facilityId,
      f.adminUserId,
      '2026-08',
      [{ tenantId: other, amount: 50_000 }],
      '2026-08-01',
    );
    const body = { tenantId: other, amount: 30_000, paidOn: '2026-08-10', method: 'bank_transfer' };
    const results = await Promise.all([pay(body), pay(body)]);
    expect(results.map((r) => r.status)).toEqual([201, 201]);
    const credits = results.map((r) => r.body.creditAmount as number).sort((a, b) => a - b);
    expect(credits).toEqual([0, 10_000]);
    const paid = await invoice(invoiceRow.id);
    expect([paid!.status, paid!.amountPaid]).toEqual(['paid', 50_000]);
    const foreignInvoice = await pay({ ...body, invoiceIds: [inv.apr] });
    expect([foreignInvoice.status, foreignInvoice.body.errors[0].field]).toEqual([400, 'invoiceIds[0]']);
  });

  it('concurrent POSTs with one Idempotency-Key record one payment', async () => {
    const body = { tenantId, amount: 500, paidOn: '2026-07-06', method: 'bank_transfer' };
    const results = await Promise.all([1, 2, 3, 4, 5].map(() => pay(body, 'key-concurrent-1')));
    expect(results.map((r) => r.status)).toEqual([201, 201, 201, 201, 201]);
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    const list = await t.http.get('/api/v1/payments?from=2026-07-06&to=2026-07-06').set(bearer(f.adminToken));
    expect(list.body.total).toBe(1);
  });
});
