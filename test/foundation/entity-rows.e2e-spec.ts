import { BillingRun, Charge, Invoice, InvoiceLine } from '@tamago/billing/entities';
import { TransactionRunner, entitiesOf, queryRows } from '@tamago/database';
import { Lease } from '@tamago/leasing/entities';
import { Tenant, TenantContact } from '@tamago/tenants/entities';
import { EntityTarget, ObjectLiteral } from 'typeorm';
import { issueRun, previewRun, registerIssuer, seedLease, seedTenant } from '../billing/billing-helpers';
import { TestFacility, bearer, createFacility } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';

/**
 * entitiesOf (plain hydration of `SELECT t.*` rows, used on the billing run's hot paths) must give
 * exactly what TypeORM's find gives: the same classes, properties and values — yen as numbers, dates
 * as text, timestamps as Date, JSON snapshots, arrays and nulls.
 */
describe('entities from plain rows', () => {
  let t: TestApp;
  let f: TestFacility;

  beforeAll(async () => {
    t = await createTestApp({ worker: true });
    f = await createFacility(t.app, t.http, '行の施設');
    await registerIssuer(t.http, f.adminToken);
    for (const [i, name] of ['アルファ株式会社', 'ベータ商店'].entries()) {
      const tenant = await seedTenant(t, f.facilityId, name, i === 0 ? 'corporation' : 'sole_proprietor');
      await seedLease(t, f.facilityId, tenant, {
        startDate: '2025-04-01',
        endDate: '2028-03-31',
        monthlyRent: 100_000 + i * 1_234,
        commonAreaFee: 5_500,
      });
      await t.http
        .post('/api/v1/charges')
        .set(bearer(f.adminToken))
        .send({
          tenantId: tenant,
          period: '2026-11',
          description: '会議室利用料',
          quantity: 3,
          unitPrice: 1_100,
          taxCategory: 'standard',
          taxIncluded: true,
        })
        .expect(201);
    }
    await t.http
      .patch(`/api/v1/tenants/${(await seedTenant(t, f.facilityId, 'ガンマ商店', 'individual')).toString()}`)
      .set(bearer(f.adminToken))
      .send({ tags: ['IT', '製造'], contacts: [{ role: 'primary', name: '山田 花子', email: 'hanako@example.jp' }] })
      .expect((res) => expect(res.body).toMatchObject({ tags: ['IT', '製造'] }));
    const run = await previewRun(t.http, f.adminToken, '2026-11');
    expect(run.status).toBe('previewed');
    expect((await issueRun(t.http, f.adminToken, run.id, '2026-12-01')).status).toBe('issued');
  });
  afterAll(() => t.close());

  const cases: [string, EntityTarget<ObjectLiteral>, string][] = [
    ['invoices', Invoice, 'invoices'],
    ['invoice lines', InvoiceLine, 'invoice_lines'],
    ['charges', Charge, 'charges'],
    ['billing runs', BillingRun, 'billing_runs'],
    ['leases', Lease, 'leases'],
    ['tenants', Tenant, 'tenants'],
    ['tenant contacts', TenantContact, 'tenant_contacts'],
  ];

  it.each(cases)('%s: the same entities as find', async (_, target, table) => {
    const [found, plain] = await t.app
      .get(TransactionRunner)
      .inFacility(f.facilityId, async (em) => [
        await em.find(target, { where: { facilityId: f.facilityId }, order: { id: 'ASC' } }),
        entitiesOf(
          em,
          target,
          await queryRows(em, `SELECT x.* FROM ${table} x WHERE x.facility_id = $1 ORDER BY x.id`, [f.facilityId]),
        ),
      ]);
    expect(found.length).toBeGreaterThan(0);
    expect(plain).toStrictEqual(found);
    expect(plain.map((e) => Object.getPrototypeOf(e))).toEqual(found.map((e) => Object.getPrototypeOf(e)));
  });
});
