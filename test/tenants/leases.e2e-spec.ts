import { addDays, todayIn } from '@tamago/core';
import { TransactionRunner } from '@tamago/database';
import { Role } from '@tamago/identity';
import { TestFacility, bearer, createFacility, createUser } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';
import { activeTenant as createActive } from '../support/tenants';

describe('spaces and leases', () => {
  let t: TestApp;
  let f: TestFacility;
  let other: TestFacility;
  let im: string;
  let officeType: string;

  const auth = () => bearer(im);
  const activeTenant = (name: string, token = im) => createActive(t.http, token, name, '2020-04-01');
  let spaceSeq = 0;
  const space = async (token = im, extra: object = {}) =>
    (
      await t.http
        .post('/api/v1/spaces')
        .set(bearer(token))
        .send({
          code: `R-${++spaceSeq}`,
          type: 'office',
          areaSqm: '63.00',
          monthlyRent: 120000,
          commonAreaFee: 8000,
          ...extra,
        })
        .expect(201)
    ).body.id as string;
  const lease = (body: object) =>
    t.http
      .post('/api/v1/leases')
      .set(auth())
      .send({
        monthlyRent: 120000,
        commonAreaFee: 8000,
        deposit: 360000,
        ...body,
      });

  beforeAll(async () => {
    t = await createTestApp();
    f = await createFacility(t.app, t.http, '施設A');
    other = await createFacility(t.app, t.http, '施設B');
    im = (await createUser(t.app, t.http, f.facilityId, [Role.IncubationManager])).token;
    officeType = (
      await t.http
        .post('/api/v1/room-types')
        .set(bearer(f.adminToken))
        .send({ code: 'office', nameJa: 'オフィス', nameEn: 'Office' })
        .expect(201)
    ).body.id;
    await t.http
      .post('/api/v1/room-types')
      .set(bearer(other.adminToken))
      .send({ code: 'office', nameJa: 'オフィス', nameEn: 'Office' })
      .expect(201);
  });
  afterAll(() => t.close());

  it('creates spaces with exact areas and lists them with filters', async () => {
    const res = await t.http
      .post('/api/v1/spaces')
      .set(auth())
      .send({
        code: 'LAB-101',
        typeId: officeType,
        areaSqm: 63.5,
        monthlyRent: 150000,
        equipment: ['drain'],
      })
      .expect(201);
    expect(res.body).toMatchObject({
      id: expect.any(String),
      code: 'LAB-101',
      type: 'office',
      areaSqm: '63.50',
      monthlyRent: 150000,
      commonAreaFee: 0,
      status: 'vacant',
    });
    const list = await t.http.get('/api/v1/spaces').query({ type: 'office', q: 'LAB' }).set(auth()).expect(200);
    expect(list.body.total).toBe(1);
    await t.http
      .post('/api/v1/spaces')
      .set(auth())
      .send({ code: 'LAB-101', type: 'office', areaSqm: '10', monthlyRent: 1 })
      .expect(409);
  });

  it('answers 400 naming the field for bad space input, writing nothing', async () => {
    const count = async () =>
      t.app
        .get(TransactionRunner)
        .inFacility(f.facilityId, async (em) => Number((await em.query('SELECT count(*) AS n FROM spaces'))[0].n));
    const before = await count();
    const cases: [object, string][] = [
      [{ code: 'X1', type: 'spaceship', areaSqm: '10', monthlyRent: 1 }, 'type'],
      [
        {
          code: 'X2',
          typeId: '00000000-0000-4000-8000-000000000000',
          areaSqm: '10',
          monthlyRent: 1,
        },
        'typeId',
      ],
      [{ code: 'X3', type: 'office', areaSqm: '-10', monthlyRent: 1 }, 'areaSqm'],
      [{ code: 'X4', type: 'office', areaSqm: '10.123', monthlyRent: 1 }, 'areaSqm'],
      [{ code: 'X5', type: 'office', areaSqm: '10', monthlyRent: -1 }, 'monthlyRent'],
      [
        {
          code: 'X6',
          type: 'office',
          areaSqm: '10',
          monthlyRent: 1,
          commonAreaFee: 1.5,
        },
        'commonAreaFee',
      ],
    ];
    for (const [body, field] of cases) {
      const res = await t.http.post('/api/v1/spaces').set(auth()).send(body).expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    expect(await count()).toBe(before);
  });

  it('answers 400 naming the field for bad lease input, writing nothing', async () => {
    const tenantId = await activeTenant('入力検証株式会社');
    const spaceId = await space();
    const bad: [object, string][] = [
      [{ tenantId, spaceId, startDate: '2027-04-01', endDate: '2027-03-31' }, 'endDate'],
      [{ tenantId, spaceId, startDate: '2027-02-30', endDate: '2028-03-31' }, 'startDate'],
      [
        {
          tenantId,
          spaceId,
          startDate: '2027-04-01',
          endDate: '2028-03-31',
          deposit: -1,
        },
        'deposit',
      ],
      [
        {
          tenantId,
          spaceId,
          startDate: '2027-04-01',
          endDate: '2028-03-31',
          monthlyRent: -5,
        },
        'monthlyRent',
      ],
    ];
    for (const [body, field] of bad) {
      const res = await lease(body).expect(400);
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    }
    const list = await t.http.get('/api/v1/leases').query({ tenantId }).set(auth()).expect(200);
    expect(list.body.total).toBe(0);
  });

  it('never lets a space twice for overlapping dates, naming the conflicting lease', async () => {
    const a = await activeTenant('先着株式会社');
    const b = await activeTenant('後着株式会社');
    const spaceId = await space();
    const first = await lease({
      tenantId: a,
      spaceId,
      startDate: '2026-04-01',
      endDate: '2029-03-31',
    }).expect(201);
    expect(first.body).toMatchObject({
      status: 'draft',
      spaceIds: [spaceId],
      tenantId: a,
    });
    const clash = await lease({
      tenantId: b,
      spaceIds: [spaceId],
      startDate: '2029-03-31',
      endDate: '2030-03-31',
    }).expect(409);
    expect(clash.body.conflictingLeaseId).toBe(first.body.id);
    expect(clash.body.detail).toContain(first.body.id);
    // The day after the end is free.
    await lease({
      tenantId: b,
      spaceId,
      startDate: '2029-04-01',
      endDate: '2030-03-31',
    }).expect(201);
  });

  it('lets exactly one of two concurrent requests for the same space win', async () => {
    const a = await activeTenant('同時A株式会社');
    const b = await activeTenant('同時B株式会社');
    const spaceId = await space();
    const results = await Promise.all([
      lease({
        tenantId: a,
        spaceId,
        startDate: '2026-05-01',
        endDate: '2027-04-30',
      }),
      lease({
        tenantId: b,
        spaceId,
        startDate: '2026-06-01',
        endDate: '2027-05-31',
      }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    const winner = results.find((r) => r.status === 201)!;
    const loser = results.find((r) => r.status === 409)!;
    expect(loser.body.conflictingLeaseId).toBe(winner.body.id);
    const list = await t.http.get('/api/v1/leases').query({ spaceId }).set(auth()).expect(200);
    expect(list.body.total).toBe(1);
  });

  it('judges vacancy from the leases on the day asked (today in the facility by default): a room let from today is not vacant', async () => {
    const tenant = await activeTenant('本日入居株式会社');
    const spaceId = await space(im, { code: 'VAC-1' });
    const today = todayIn('Asia/Tokyo');
    const signed = (
      await lease({ tenantId: tenant, spaceId, startDate: today, endDate: addDays(today, 364) }).expect(201)
    ).body;
    await t.http
      .post(`/api/v1/leases/${signed.id}/transitions`)
      .set(auth())
      .send({ to: 'active', signedOn: addDays(today, -10) })
      .expect(200);
    const codes = async (query: object) =>
      (
        (
          await t.http
            .get('/api/v1/spaces')
            .query({ q: 'VAC', ...query })
            .set(auth())
            .expect(200)
        ).body.items as {
          code: string;
          status: string;
        }[]
      ).map((x) => `${x.code}:${x.status}`);
    expect(await codes({ status: 'vacant' })).toEqual([]);
    expect(await codes({ status: 'occupied' })).toEqual(['VAC-1:occupied']);
    expect(await codes({ status: 'vacant', asOf: addDays(today, -1) })).toEqual(['VAC-1:vacant']);
    expect(await codes({ status: 'vacant', asOf: addDays(today, 365) })).toEqual(['VAC-1:vacant']);
    const one = await t.http.get(`/api/v1/spaces/${spaceId}`).set(auth()).expect(200);
    expect(one.body.status).toBe('occupied');
    const bad = await t.http.get('/api/v1/spaces').query({ asOf: '2026-02-30' }).set(auth()).expect(400);
    expect(bad.body.errors[0].field).toBe('asOf');
  });

  it('frees a space when a draft is cancelled and after an early termination', async () => {
    const a = await activeTenant('解約株式会社');
    const spaceId = await space();
    const draft = (
      await lease({
        tenantId: a,
        spaceId,
        startDate: '2026-04-01',
        endDate: '2027-03-31',
      }).expect(201)
    ).body;
    await t.http
      .post(`/api/v1/leases/${draft.id}/transitions`)
      .set(auth())
      .send({ to: 'cancelled', reason: '辞退' })
      .expect(200);
    const signed = (
      await lease({
        tenantId: a,
        spaceId,
        startDate: '2026-04-01',
        endDate: '2029-03-31',
      }).expect(201)
    ).body;
    const illegal = await t.http
      .post(`/api/v1/leases/${signed.id}/transitions`)
      .set(auth())
      .send({ to: 'terminated', terminatedOn: '2027-09-30', reason: 'x' })
      .expect(409);
    expect(illegal.body.allowed).toEqual(['active', 'cancelled']);
    await t.http
      .post(`/api/v1/leases/${signed.id}/transitions`)
      .set(auth())
      .send({ to: 'active', signedOn: '2026-03-01' })
      .expect(200);
    const terminated = await t.http
      .post(`/api/v1/leases/${signed.id}/transitions`)
      .set(auth())
      .send({
        to: 'terminated',
        terminatedOn: '2027-09-30',
        reason: '事業所移転',
      })
      .expect(200);
    expect(terminated.body).toMatchObject({
      status: 'terminated',
      terminatedOn: '2027-09-30',
    });
    const b = await activeTenant('後継株式会社');
    await lease({
      tenantId: b,
      spaceId,
      startDate: '2027-09-30',
      endDate: '2028-03-31',
    }).expect(409);
    await lease({
      tenantId: b,
      spaceId,
      startDate: '2027-10-01',
      endDate: '2028-03-31',
    }).expect(201);
    const occ = await t.http.get('/api/v1/occupancy').query({ asOf: '2027-06-01' }).set(auth()).expect(200);
    expect(occ.body.rooms.occupied).toBeGreaterThanOrEqual(1);
    expect(occ.body.vacantSpaces.map((s: { id: string }) => s.id)).not.toContain(spaceId);
  });

  it('caps tenure across renewals at the facility maximum and answers 409 with the latest end date', async () => {
    const tenantId = await activeTenant('長期入居株式会社');
    const spaceId = await space();
    const first = (
      await lease({
        tenantId,
        spaceId,
        startDate: '2021-04-01',
        endDate: '2024-03-31',
      }).expect(201)
    ).body;
    await t.http
      .post(`/api/v1/leases/${first.id}/transitions`)
      .set(auth())
      .send({ to: 'active', signedOn: '2021-03-15' })
      .expect(200);
    const rescreening = { decidedOn: '2024-02-01', note: '再審査: 継続を承認' };
    // a renewal needs its re-screening record
    const noScreening = await t.http
      .post(`/api/v1/leases/${first.id}/renew`)
      .set(auth())
      .send({ endDate: '2026-03-31' })
      .expect(400);
    expect(noScreening.body.errors[0].field).toBe('rescreening');
    const tooLong = await t.http
      .post(`/api/v1/leases/${first.id}/renew`)
      .set(auth())
      .send({ endDate: '2027-03-31', rescreening })
      .expect(409);
    expect(tooLong.body.latestAllowedEndDate).toBe('2026-03-31');
    expect(tooLong.body.detail).toContain('2026-03-31');
    const renewal = (
      await t.http
        .post(`/api/v1/leases/${first.id}/renew`)
        .set(auth())
        .send({ endDate: '2026-03-31', rescreening })
        .expect(201)
    ).body;
    expect(renewal).toMatchObject({
      renewalOf: first.id,
      startDate: '2024-04-01',
      endDate: '2026-03-31',
      status: 'draft',
      rescreening,
    });
    await t.http
      .post(`/api/v1/leases/${first.id}/renew`)
      .set(auth())
      .send({ endDate: '2025-03-31', rescreening })
      .expect(409);
    await t.http
      .post(`/api/v1/leases/${renewal.id}/transitions`)
      .set(auth())
      .send({ to: 'active', signedOn: '2024-03-01' })
      .expect(200);
    const again = await t.http
      .post(`/api/v1/leases/${renewal.id}/renew`)
      .set(auth())
      .send({ endDate: '2026-09-30', rescreening })
      .expect(409);
    expect(again.body.latestAllowedEndDate).toBe('2026-03-31');
    // A second lease (another room) for the same tenant also counts towards the cap.
    const extra = await space();
    const beyond = await lease({
      tenantId,
      spaceId: extra,
      startDate: '2026-04-01',
      endDate: '2026-12-31',
    }).expect(409);
    expect(beyond.body.latestAllowedEndDate).toBeDefined();
    // The facility can set a longer maximum.
    await t.http.put('/api/v1/leasing-settings').set(bearer(f.adminToken)).send({ maxTenureMonths: 72 }).expect(200);
    await t.http
      .post(`/api/v1/leases/${renewal.id}/renew`)
      .set(auth())
      .send({ endDate: '2027-03-31', rescreening })
      .expect(201);
    await t.http.put('/api/v1/leasing-settings').set(bearer(f.adminToken)).send({ maxTenureMonths: 60 }).expect(200);
    const nearing = await t.http
      .get('/api/v1/leases/nearing-max-tenure')
      .query({ months: 120 })
      .set(auth())
      .expect(200);
    expect(nearing.body.items.map((i: { tenantId: string }) => i.tenantId)).toContain(tenantId);
  });

  it('lists leases ending soon and refuses deleting a tenant with leases (archive instead)', async () => {
    const tenantId = await activeTenant('満了間近株式会社');
    const spaceId = await space();
    const today = new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);
    const l = (
      await lease({
        tenantId,
        spaceId,
        startDate: '2024-01-01',
        endDate: today,
      }).expect(201)
    ).body;
    await t.http
      .post(`/api/v1/leases/${l.id}/transitions`)
      .set(auth())
      .send({ to: 'active', signedOn: '2023-12-01' })
      .expect(200);
    const ending = await t.http.get('/api/v1/leases/ending').query({ days: 30 }).set(auth()).expect(200);
    expect(ending.body.items.map((i: { id: string }) => i.id)).toContain(l.id);
    const del = await t.http.delete(`/api/v1/tenants/${tenantId}`).set(bearer(f.adminToken)).expect(409);
    expect(del.body.archive).toBe(`/api/v1/tenants/${tenantId}/archive`);
    await t.http.post(`/api/v1/tenants/${tenantId}/archive`).set(auth()).expect(200);
  });

  it("answers 404 for another facility's spaces and leases, and refuses its ids as references", async () => {
    const foreignTenant = await activeTenant('他施設株式会社', other.adminToken);
    const foreignSpace = await space(other.adminToken);
    const foreignLease = (
      await t.http
        .post('/api/v1/leases')
        .set(bearer(other.adminToken))
        .send({
          tenantId: foreignTenant,
          spaceId: foreignSpace,
          startDate: '2026-04-01',
          endDate: '2027-03-31',
          monthlyRent: 1,
        })
        .expect(201)
    ).body.id;
    await t.http.get(`/api/v1/spaces/${foreignSpace}`).set(auth()).expect(404);
    await t.http.patch(`/api/v1/spaces/${foreignSpace}`).set(auth()).send({ monthlyRent: 1 }).expect(404);
    await t.http.delete(`/api/v1/spaces/${foreignSpace}`).set(bearer(f.adminToken)).expect(404);
    await t.http.get(`/api/v1/leases/${foreignLease}`).set(auth()).expect(404);
    await t.http.patch(`/api/v1/leases/${foreignLease}`).set(auth()).send({ monthlyRent: 2 }).expect(404);
    await t.http
      .post(`/api/v1/leases/${foreignLease}/transitions`)
      .set(auth())
      .send({ to: 'cancelled', reason: 'x' })
      .expect(404);
    const mine = await activeTenant('参照株式会社');
    const refSpace = await lease({
      tenantId: mine,
      spaceId: foreignSpace,
      startDate: '2026-04-01',
      endDate: '2027-03-31',
    }).expect(400);
    expect(refSpace.body.errors[0].field).toBe('spaceIds');
    const refTenant = await lease({
      tenantId: foreignTenant,
      spaceId: await space(),
      startDate: '2026-04-01',
      endDate: '2027-03-31',
    }).expect(400);
    expect(refTenant.body.errors[0].field).toBe('tenantId');
    const still = await t.http.get(`/api/v1/leases/${foreignLease}`).set(bearer(other.adminToken)).expect(200);
    expect(still.body).toMatchObject({ status: 'draft', monthlyRent: 1 });
  });
});
