import { addDays, addYears, todayIn } from '@tamago/core';
import { Role } from '@tamago/identity';
import { TestFacility, bearer, createFacility, createUser } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';
import { activeTenant, createTenant } from '../support/tenants';

const figures = { employees: 12, revenue: 48_000_000, moneyRaised: 100_000_000, patents: 2, productsLaunched: 1 };

describe('KPI surveys', () => {
  let t: TestApp;
  let f: TestFacility;
  let other: TestFacility;
  let ids: Record<'a1' | 'a2' | 'alumnus' | 'oldAlumnus' | 'applicant', string>;
  let tenantUser: string;
  let openSurvey: string;
  let closedSurvey: string;
  const today = todayIn();

  const graduate = async (id: string, graduatedOn: string) =>
    t.http
      .post(`/api/v1/tenants/${id}/transitions`)
      .set(bearer(f.adminToken))
      .send({ to: 'graduated', graduatedOn, reason: '事業拡大', destination: '市内オフィス' })
      .expect(200);
  const open = (period: string, opensOn: string, closesOn: string, token = f.adminToken) =>
    t.http.post('/api/v1/kpi-surveys').set(bearer(token)).send({ period, opensOn, closesOn });

  beforeAll(async () => {
    t = await createTestApp();
    f = await createFacility(t.app, t.http, 'KPI施設A');
    other = await createFacility(t.app, t.http, 'KPI施設B');
    ids = {
      a1: await activeTenant(t.http, f.adminToken, 'アルファ株式会社', '2020-04-01'),
      a2: await activeTenant(t.http, f.adminToken, 'ベータ株式会社', '2020-04-01'),
      alumnus: await activeTenant(t.http, f.adminToken, 'ガンマ株式会社', '2018-04-01'),
      oldAlumnus: await activeTenant(t.http, f.adminToken, 'デルタ株式会社', '2012-04-01'),
      applicant: await createTenant(t.http, f.adminToken, {
        kind: 'corporation',
        name: '申込株式会社',
        nameKana: 'モウシコミ',
      }),
    };
    await graduate(ids.alumnus, addYears(today, -2));
    await graduate(ids.oldAlumnus, addYears(today, -7));
    tenantUser = (await createUser(t.app, t.http, f.facilityId, [Role.TenantMember], { tenantId: ids.a1 })).token;
    openSurvey = (await open('2026-Q3', addDays(today, -3), addDays(today, 10)).expect(201)).body.id;
    closedSurvey = (await open('2026-Q2', addDays(today, -60), addDays(today, -1)).expect(201)).body.id;
  });
  afterAll(() => t.close());

  it('opens one survey per period with a validated window', async () => {
    const dup = await open('2026-Q3', today, addDays(today, 5)).expect(409);
    expect(dup.body.errors[0].field).toBe('period');
    expect((await open('2026-Q5', today, today).expect(400)).body.errors[0].field).toBe('period');
    expect((await open('2026-Q4', today, addDays(today, -1)).expect(400)).body.errors[0].field).toBe('closesOn');
    const tenantTry = await open('2027-Q1', today, today, tenantUser);
    expect(tenantTry.status).toBe(403);
    const byDefault = (
      await t.http.post('/api/v1/kpi-surveys').set(bearer(f.adminToken)).send({ period: 'FY2025' }).expect(201)
    ).body;
    expect(byDefault).toMatchObject({
      startDate: '2025-04-01',
      endDate: '2026-03-31',
      opensOn: today,
      closesOn: addDays(today, 30),
    });
  });

  it('lets a tenant user submit and resubmit for their own tenant while the survey is open', async () => {
    const first = await t.http
      .put(`/api/v1/portal/kpi-surveys/${openSurvey}/submission`)
      .set(bearer(tenantUser))
      .send(figures)
      .expect(200);
    expect(first.body).toMatchObject({ ...figures, tenantId: ids.a1, enteredBy: 'tenant' });
    const again = await t.http
      .put(`/api/v1/portal/kpi-surveys/${openSurvey}/submission`)
      .set(bearer(tenantUser))
      .send({ ...figures, employees: 13, revenue: 50_000_000 })
      .expect(200);
    expect(again.body).toMatchObject({ id: first.body.id, employees: 13, revenue: 50_000_000 });
    const all = (
      await t.http.get(`/api/v1/kpi-surveys/${openSurvey}/submissions`).set(bearer(f.adminToken)).expect(200)
    ).body;
    expect(all.total).toBe(1);
    const own = await t.http
      .get(`/api/v1/portal/kpi-surveys/${openSurvey}/submission`)
      .set(bearer(tenantUser))
      .expect(200);
    expect(own.body.employees).toBe(13);

    const late = await t.http
      .put(`/api/v1/portal/kpi-surveys/${closedSurvey}/submission`)
      .set(bearer(tenantUser))
      .send(figures);
    expect(late.status).toBe(409);
    await t.http
      .put(`/api/v1/kpi-surveys/${openSurvey}/submissions/${ids.a2}`)
      .set(bearer(tenantUser))
      .send(figures)
      .expect(403);
    const bad = await t.http
      .put(`/api/v1/portal/kpi-surveys/${openSurvey}/submission`)
      .set(bearer(tenantUser))
      .send({ ...figures, revenue: -1, patents: 1.5 })
      .expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['patents', 'revenue']);
  });

  it('lets staff enter answers on behalf, also after the close, only for tenants the survey asks', async () => {
    const im = (await createUser(t.app, t.http, f.facilityId, [Role.IncubationManager])).token;
    const late = await t.http
      .put(`/api/v1/kpi-surveys/${closedSurvey}/submissions/${ids.a1}`)
      .set(bearer(im))
      .send({ ...figures, employees: 10 })
      .expect(200);
    expect(late.body).toMatchObject({ enteredBy: 'staff', employees: 10 });
    await t.http
      .put(`/api/v1/kpi-surveys/${openSurvey}/submissions/${ids.applicant}`)
      .set(bearer(im))
      .send(figures)
      .expect(409);
    await t.http
      .put(`/api/v1/kpi-surveys/${openSurvey}/submissions/${ids.oldAlumnus}`)
      .set(bearer(im))
      .send(figures)
      .expect(409);
    await t.http
      .put(`/api/v1/kpi-surveys/${openSurvey}/submissions/${ids.alumnus}`)
      .set(bearer(im))
      .send(figures)
      .expect(200);
  });

  it('lists who has not submitted: active tenants and alumni within five years', async () => {
    const missing = (
      await t.http.get(`/api/v1/kpi-surveys/${openSurvey}/missing`).set(bearer(f.adminToken)).expect(200)
    ).body;
    expect(missing).toEqual({
      items: [expect.objectContaining({ tenantId: ids.a2, name: 'ベータ株式会社', status: 'active' })],
      total: 1,
    });
    const closed = (await t.http.get(`/api/v1/kpi-surveys/${closedSurvey}/missing`).set(bearer(f.adminToken))).body;
    expect(closed.items.map((i: { tenantId: string }) => i.tenantId).sort()).toEqual([ids.a2, ids.alumnus].sort());
    await t.http.get(`/api/v1/kpi-surveys/${openSurvey}/missing`).set(bearer(tenantUser)).expect(403);
  });

  it("keeps a history per tenant; tenant users see only their own tenant's", async () => {
    const history = (await t.http.get(`/api/v1/tenants/${ids.a1}/kpi-history`).set(bearer(tenantUser)).expect(200))
      .body;
    expect(history.items.map((h: { period: string; employees: number }) => [h.period, h.employees])).toEqual([
      ['2026-Q2', 10],
      ['2026-Q3', 13],
    ]);
    await t.http.get(`/api/v1/tenants/${ids.a2}/kpi-history`).set(bearer(tenantUser)).expect(404);
    const staff = (await t.http.get(`/api/v1/tenants/${ids.alumnus}/kpi-history`).set(bearer(f.adminToken)).expect(200))
      .body;
    expect(staff.total).toBe(1);
  });

  it("isolates facilities: B cannot read, answer or change A's surveys and submissions", async () => {
    const b = bearer(other.adminToken);
    await t.http.get(`/api/v1/kpi-surveys/${openSurvey}`).set(b).expect(404);
    await t.http.get(`/api/v1/kpi-surveys/${openSurvey}/missing`).set(b).expect(404);
    await t.http.get(`/api/v1/kpi-surveys/${openSurvey}/submissions`).set(b).expect(404);
    await t.http
      .patch(`/api/v1/kpi-surveys/${openSurvey}`)
      .set(b)
      .send({ closesOn: addDays(today, 20) })
      .expect(404);
    await t.http.put(`/api/v1/kpi-surveys/${openSurvey}/submissions/${ids.a2}`).set(b).send(figures).expect(404);
    await t.http.get(`/api/v1/tenants/${ids.a1}/kpi-history`).set(b).expect(404);
    expect((await t.http.get('/api/v1/kpi-surveys').set(b).expect(200)).body).toEqual({ items: [], total: 0 });
    const bSurvey = (await open('2026-Q3', today, addDays(today, 5), other.adminToken).expect(201)).body.id;
    await t.http.put(`/api/v1/kpi-surveys/${bSurvey}/submissions/${ids.a2}`).set(b).send(figures).expect(404);
    const list = (await t.http.get('/api/v1/kpi-surveys').set(bearer(f.adminToken))).body;
    expect(list.items.find((s: { id: string }) => s.id === openSurvey)).toMatchObject({
      period: '2026-Q3',
      submissions: 2,
    });
  });
});
