import { addDays, addMonths, todayIn } from '@tamago/core';
import { TransactionRunner } from '@tamago/database';
import { seedDemoKpi, seedDemoMeters, seedDemoTenants } from '@tamago/demo';
import { TestFacility, bearer, createFacility } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';

describe('demo meters and KPI history', () => {
  let t: TestApp;
  let a: TestFacility;
  let b: TestFacility;
  const lastMonth = addMonths(`${todayIn().slice(0, 7)}-01`, -1).slice(0, 7);

  const seed = (f: TestFacility) =>
    t.app.get(TransactionRunner).asSystem(async (em) => {
      await seedDemoTenants(em, f.facilityId);
      await seedDemoMeters(em, f.facilityId);
      await seedDemoKpi(em, f.facilityId);
    });
  const readings = async (f: TestFacility) =>
    (
      await t.http
        .get('/api/v1/meter-readings')
        .query({ period: lastMonth, kind: 'electricity', limit: 200 })
        .set(bearer(f.adminToken))
        .expect(200)
    ).body;

  beforeAll(async () => {
    t = await createTestApp();
    a = await createFacility(t.app, t.http, 'デモA');
    b = await createFacility(t.app, t.http, 'デモB');
    await seed(a);
    await seed(b);
  }, 120_000);
  afterAll(() => t.close());

  it('seeds 12 months of readings for the let spaces, the same in every run', async () => {
    const occupied = (
      await t.http
        .get('/api/v1/occupancy')
        .query({ asOf: addDays(`${todayIn().slice(0, 7)}-01`, -1) })
        .set(bearer(a.adminToken))
    ).body.rooms.occupied as number;
    const ra = await readings(a);
    expect(ra.total).toBe(occupied);
    const all = (
      await t.http.get('/api/v1/meter-readings').query({ kind: 'electricity', limit: 1 }).set(bearer(a.adminToken))
    ).body.total;
    expect(all).toBe(occupied * 13);
    const rb = await readings(b);
    const shape = (r: { items: { spaceCode: string; value: number; consumption: number }[] }) =>
      r.items.map((i) => [i.spaceCode, i.value, i.consumption]).sort();
    expect(shape(rb)).toEqual(shape(ra));
    const replaced = (await t.http.get('/api/v1/meter-readings').query({ limit: 200 }).set(bearer(a.adminToken))).body;
    expect(replaced.total).toBeGreaterThan(occupied * 13);
  });

  it('reports monthly kWh and CO2 per tenant from the demo readings', async () => {
    const usage = (
      await t.http
        .get('/api/v1/meter-readings/usage')
        .query({ period: lastMonth })
        .set(bearer(a.adminToken))
        .expect(200)
    ).body;
    expect(usage.emissionFactor).toBe('0.000434');
    expect(usage.items.length).toBeGreaterThan(80);
    const sum = usage.items.reduce((s: number, i: { amount: number }) => s + i.amount, 0) + usage.unattributed;
    const total = (await readings(a)).items.reduce((s: number, i: { consumption: number }) => s + i.consumption, 0);
    expect(sum).toBe(total);
    expect(usage.items.every((i: { co2Kg: number }) => i.co2Kg > 0)).toBe(true);
  });

  it('seeds four past quarters of KPI answers with some tenants missing', async () => {
    const surveys = (await t.http.get('/api/v1/kpi-surveys').set(bearer(a.adminToken)).expect(200)).body;
    expect(surveys.total).toBe(4);
    expect(surveys.items.every((s: { submissions: number }) => s.submissions > 50)).toBe(true);
    const missing = (await t.http.get(`/api/v1/kpi-surveys/${surveys.items[0].id}/missing`).set(bearer(a.adminToken)))
      .body;
    expect(missing.total).toBeGreaterThan(0);
    const tenantId = (
      await t.http.get(`/api/v1/kpi-surveys/${surveys.items[0].id}/submissions`).set(bearer(a.adminToken))
    ).body.items[0].tenantId;
    const history = (await t.http.get(`/api/v1/tenants/${tenantId}/kpi-history`).set(bearer(a.adminToken))).body;
    expect(history.total).toBeGreaterThanOrEqual(1);
  });
});
