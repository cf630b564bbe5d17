import { Role } from '@tamago/identity';
import { TestFacility, createFacility, createUser } from '../support/factories';
import { apiClient } from '../support/api-client';
import { TestApp, createTestApp } from '../support/test-app';
import { createTenant, issueInvoices } from '../payments/helpers';

/** The portal's reads answer the caller's own tenant only: never another tenant's, never for staff. */
describe('portal reads: own tenant only', () => {
  let t: TestApp;
  let f: TestFacility;
  let mine: string;
  let theirs: string;
  let myToken: string;
  let theirToken: string;

  beforeAll(async () => {
    t = await createTestApp();
    f = await createFacility(t.app, t.http, 'ポータル施設');
    mine = await createTenant(t.app, f.facilityId, f.adminUserId, '自社株式会社', 'ジシャ');
    theirs = await createTenant(t.app, f.facilityId, f.adminUserId, '他社株式会社', 'タシャ');
    await issueInvoices(
      t.app,
      f.facilityId,
      f.adminUserId,
      '2026-04',
      [
        { tenantId: mine, amount: 11_000 },
        { tenantId: theirs, amount: 99_000 },
      ],
      '2026-04-01',
    );
    const admin = apiClient(t.app, f.adminToken);
    await admin.POST('/api/v1/payments', {
      params: { header: { 'Idempotency-Key': 'portal-theirs-1' } },
      body: { tenantId: theirs, amount: 5_000, paidOn: '2026-04-05', method: 'cash' },
    });
    myToken = (await createUser(t.app, t.http, f.facilityId, [Role.TenantAdmin], { tenantId: mine })).token;
    theirToken = (await createUser(t.app, t.http, f.facilityId, [Role.TenantMember], { tenantId: theirs })).token;
  }, 120_000);
  afterAll(() => t.close());

  it('gives each tenant its own statement, payments and summary', async () => {
    const me = apiClient(t.app, myToken);
    const statement = await me.GET('/api/v1/portal/statement');
    expect(statement.data).toMatchObject({ tenantId: mine, tenantName: '自社株式会社', closingBalance: 11_000 });
    const payments = await me.GET('/api/v1/portal/payments');
    expect(payments.data).toEqual({ items: [], total: 0 });
    const theirPayments = await apiClient(t.app, theirToken).GET('/api/v1/portal/payments');
    expect(theirPayments.data?.items.map((p) => p.tenantId)).toEqual([theirs]);
    const summary = await me.GET('/api/v1/portal/summary');
    expect(summary.data).toMatchObject({ amountDue: 11_000, upcomingSessions: [], unansweredSurveys: [] });
    expect(summary.data?.nextDueDate).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    const leases = await me.GET('/api/v1/portal/leases');
    expect(leases.data).toEqual({ items: [], total: 0 });
    const surveys = await me.GET('/api/v1/portal/kpi-surveys');
    expect(surveys.data).toEqual({ items: [], total: 0 });
  });

  it('ignores any tenant the caller names and refuses staff', async () => {
    const res = await t.http
      .get(`/api/v1/portal/payments?tenantId=${theirs}`)
      .set('Authorization', `Bearer ${myToken}`)
      .expect(400);
    expect(res.body.errors[0]).toMatchObject({ field: 'tenantId', code: 'unknownField' });
    const staff = apiClient(t.app, f.adminToken);
    for (const path of ['/api/v1/portal/leases', '/api/v1/portal/payments', '/api/v1/portal/summary'] as const) {
      expect((await staff.GET(path)).response.status).toBe(403);
    }
  });
});
