import { ApiClient } from '@tamago/api-client';
import { TestFacility, createFacility } from '../support/factories';
import { apiClient } from '../support/api-client';
import { TestApp, createTestApp } from '../support/test-app';
import { createTenant, issueInvoices } from '../payments/helpers';
import { validCorporateNumber } from '../tenants/helpers';

/**
 * Tenants, leases, invoices and payments through the generated client, as the web app calls them;
 * the test app checks every answer against the OpenAPI document (on by default).
 */
describe('records through the generated client', () => {
  let t: TestApp;
  let f: TestFacility;
  let api: ApiClient;

  beforeAll(async () => {
    t = await createTestApp();
    f = await createFacility(t.app, t.http);
    api = apiClient(t.app, f.adminToken);
  }, 120_000);
  afterAll(() => t.close());

  it('creates, reads, lists and changes a tenant', async () => {
    const created = await api.POST('/api/v1/tenants', {
      body: {
        kind: 'corporation',
        name: '契約テスト株式会社',
        nameKana: 'ケイヤクテスト',
        corporateNumber: validCorporateNumber(),
        employees: 12,
      },
    });
    expect(created.response.status).toBe(201);
    const id = created.data!.id;
    const got = await api.GET('/api/v1/tenants/{id}', { params: { path: { id } } });
    expect(got.data).toMatchObject({ id, name: '契約テスト株式会社', employees: 12, managerId: null });
    const page = await api.GET('/api/v1/tenants', { params: { query: { q: '契約テスト', limit: 10, offset: 0 } } });
    expect(page.data?.items.map((x) => x.id)).toContain(id);
    const updated = await api.PATCH('/api/v1/tenants/{id}', { params: { path: { id } }, body: { employees: 13 } });
    expect(updated.data?.employees).toBe(13);
    const missing = await api.GET('/api/v1/tenants/{id}', {
      params: { path: { id: '00000000-0000-4000-8000-000000000000' } },
    });
    expect(missing.response.status).toBe(404);
    expect(missing.error).toMatchObject({ status: 404, code: 'not_found' });
  });

  it('lets a space and reads the lease, occupancy and the ending list', async () => {
    const tenantId = (
      await api.POST('/api/v1/tenants', {
        body: {
          kind: 'corporation',
          name: '賃貸テスト株式会社',
          nameKana: 'チンタイテスト',
          corporateNumber: validCorporateNumber(),
          status: 'active',
          enteredOn: '2026-01-01',
        },
      })
    ).data!.id;
    const roomType = await api.POST('/api/v1/room-types', {
      body: { code: 'office', nameJa: 'オフィス', nameEn: 'Office' },
    });
    expect(roomType.response.status).toBe(201);
    const space = await api.POST('/api/v1/spaces', {
      body: { code: 'C-101', type: 'office', areaSqm: '30.00', monthlyRent: 90000 },
    });
    expect([space.response.status, space.error]).toEqual([201, undefined]);
    const lease = await api.POST('/api/v1/leases', {
      body: {
        tenantId,
        spaceIds: [space.data!.id],
        startDate: '2026-04-01',
        endDate: '2028-03-31',
        monthlyRent: 90000,
      },
    });
    expect([lease.response.status, lease.error]).toEqual([201, undefined]);
    const signed = await api.POST('/api/v1/leases/{id}/transitions', {
      params: { path: { id: lease.data!.id } },
      body: { to: 'active', signedOn: '2026-03-01' },
    });
    expect(signed.data?.status).toBe('active');
    const occupancy = await api.GET('/api/v1/occupancy', { params: { query: { asOf: '2026-05-01' } } });
    expect(occupancy.data?.rooms).toMatchObject({ occupied: 1, total: 1 });
    const nearing = await api.GET('/api/v1/leases/nearing-max-tenure', { params: { query: { months: 120 } } });
    expect(nearing.data?.items.find((i) => i.tenantId === tenantId)?.tenantName).toBe('賃貸テスト株式会社');
  });

  it('reads invoices and their PDF, records a payment and reads the statement and arrears', async () => {
    const tenantId = await createTenant(t.app, f.facilityId, f.adminUserId, '請求テスト株式会社', 'セイキュウテスト');
    const [invoice] = await issueInvoices(
      t.app,
      f.facilityId,
      f.adminUserId,
      '2026-04',
      [{ tenantId, amount: 55_000 }],
      '2026-04-01',
    );
    const list = await api.GET('/api/v1/invoices', { params: { query: { tenantId, limit: 50, offset: 0 } } });
    expect(list.data?.items.map((i) => i.id)).toContain(invoice.id);
    const got = await api.GET('/api/v1/invoices/{id}', { params: { path: { id: invoice.id } } });
    expect(got.data).toMatchObject({ id: invoice.id, total: 55_000 });
    const pdf = await api.GET('/api/v1/invoices/{id}/pdf', {
      params: { path: { id: invoice.id } },
      parseAs: 'arrayBuffer',
    });
    expect(pdf.response.headers.get('content-type')).toMatch(/application\/pdf/);
    expect(
      Buffer.from(pdf.data as ArrayBuffer)
        .subarray(0, 4)
        .toString(),
    ).toBe('%PDF');

    const paid = await api.POST('/api/v1/payments', {
      body: { tenantId, amount: 20_000, paidOn: '2026-04-10', method: 'cash' },
    });
    expect(paid.response.status).toBe(201);
    const payment = await api.GET('/api/v1/payments/{id}', { params: { path: { id: paid.data!.id } } });
    expect(payment.data).toMatchObject({ id: paid.data!.id, amount: 20_000 });
    const payments = await api.GET('/api/v1/payments', { params: { query: { tenantId } } });
    expect(payments.data?.total).toBe(1);
    const statement = await api.GET('/api/v1/tenants/{id}/statement', { params: { path: { id: tenantId } } });
    expect(statement.data?.closingBalance).toBe(35_000);
    const arrears = await api.GET('/api/v1/tenants/{id}/arrears', {
      params: { path: { id: tenantId }, query: { asOf: '2026-06-30' } },
    });
    expect(arrears.data?.balance).toBe(35_000);
    const bad = await api.POST('/api/v1/payments', {
      body: { tenantId, amount: 0, paidOn: '2026-04-10', method: 'cash' },
    });
    expect(bad.response.status).toBe(400);
    expect(bad.error?.errors?.[0]).toMatchObject({ field: 'amount', code: 'min' });
  });
});
