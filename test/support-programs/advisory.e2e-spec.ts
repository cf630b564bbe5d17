import { Role } from '@tamago/identity';
import { TestFacility, bearer, createFacility, createUser } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';
import { supportClient } from '../support/tenants';

describe('advisors and advisory sessions', () => {
  let t: TestApp;
  let f: TestFacility;
  let other: TestFacility;
  let im: { userId: string; token: string };
  let tenantA: string;
  let tenantB: string;
  let tenantUser: string;
  let expert: string;

  const tenant = (token: string, name: string) => supportClient(t.http, token, name);
  const advisor = async (token: string, body: object = {}) =>
    (
      await t.http
        .post('/api/v1/advisors')
        .set(bearer(token))
        .send({ name: '山田 診断士', kind: 'certified_sme_consultant', expertise: ['資金繰り'], ...body })
        .expect(201)
    ).body.id as string;
  const book = (token: string, body: object) =>
    t.http
      .post('/api/v1/advisory-sessions')
      .set(bearer(token))
      .send({ tenantId: tenantA, advisorId: expert, topic: 'funding', mode: 'online', ...body });
  const future = (days: number, hour: number) => {
    const d = new Date(Date.now() + days * 86_400_000);
    return `${d.toISOString().slice(0, 10)}T${String(hour).padStart(2, '0')}:00:00+09:00`;
  };

  beforeAll(async () => {
    t = await createTestApp();
    f = await createFacility(t.app, t.http, '施設A');
    other = await createFacility(t.app, t.http, '施設B');
    im = await createUser(t.app, t.http, f.facilityId, [Role.IncubationManager]);
    tenantA = await tenant(im.token, '株式会社エー');
    tenantB = await tenant(im.token, '株式会社ビー');
    tenantUser = (await createUser(t.app, t.http, f.facilityId, [Role.TenantMember], { tenantId: tenantA })).token;
    expert = await advisor(im.token);
    await t.http
      .put('/api/v1/support-settings')
      .set(bearer(f.adminToken))
      .send({ freeSessionsPerYear: 100 })
      .expect(200);
  });
  afterAll(() => t.close());

  it('refuses a session ending before it starts, naming endsAt, and writes nothing', async () => {
    const res = await book(im.token, {
      startsAt: '2027-06-01T10:00:00+09:00',
      endsAt: '2027-06-01T09:00:00+09:00',
    }).expect(400);
    expect(res.body.errors[0].field).toBe('endsAt');
    const list = await t.http.get(`/api/v1/advisory-sessions?advisorId=${expert}`).set(bearer(im.token)).expect(200);
    expect(list.body.total).toBe(0);
  });

  it('never double-books an advisor, even for two bookings at the same instant', async () => {
    const slot = { startsAt: '2027-06-02T10:00:00+09:00', endsAt: '2027-06-02T11:00:00+09:00' };
    const results = await Promise.all([book(im.token, slot), book(im.token, { ...slot, tenantId: tenantB })]);
    expect(results.map((r) => r.status).sort()).toEqual([201, 409]);
    await book(im.token, { startsAt: '2027-06-02T10:30:00+09:00', endsAt: '2027-06-02T11:30:00+09:00' }).expect(409);
    // Back to back is fine; a cancelled session frees its slot.
    const next = await book(im.token, {
      startsAt: '2027-06-02T11:00:00+09:00',
      endsAt: '2027-06-02T12:00:00+09:00',
    }).expect(201);
    await t.http
      .post(`/api/v1/advisory-sessions/${next.body.id}/transitions`)
      .set(bearer(im.token))
      .send({ to: 'cancelled' })
      .expect(200);
    await book(im.token, { startsAt: '2027-06-02T11:00:00+09:00', endsAt: '2027-06-02T12:00:00+09:00' }).expect(201);
    // Consultations without appointment never conflict.
    await t.http
      .post('/api/v1/advisory-sessions')
      .set(bearer(im.token))
      .send({ kind: 'consultation', tenantId: tenantA, channel: 'phone', topic: 'subsidy', ...slot, advisorId: expert })
      .expect(201);
  });

  it('counts the free quota per fiscal year in Tokyo time and refuses or charges beyond it', async () => {
    const quotaExpert = await advisor(im.token, { name: '佐藤 コーディネータ', kind: 'technical_coordinator' });
    const tenantQ = await tenant(im.token, '株式会社クオータ');
    await t.http
      .put('/api/v1/support-settings')
      .set(bearer(f.adminToken))
      .send({ freeSessionsPerYear: 1, quotaPolicy: 'refuse' })
      .expect(200);
    const q = (body: object) =>
      t.http
        .post('/api/v1/advisory-sessions')
        .set(bearer(im.token))
        .send({ tenantId: tenantQ, advisorId: quotaExpert, topic: 'technology', ...body });
    // 2027-03-31T23:30 JST is FY2026; 2027-04-01T00:30 JST is FY2027 (both are 31 March in UTC).
    await q({ startsAt: '2027-03-31T23:30:00+09:00', endsAt: '2027-03-31T23:59:00+09:00' }).expect(201);
    await q({ startsAt: '2027-04-01T00:30:00+09:00', endsAt: '2027-04-01T01:00:00+09:00' }).expect(201);
    const refused = await q({ startsAt: '2027-04-02T10:00:00+09:00', endsAt: '2027-04-02T11:00:00+09:00' }).expect(409);
    expect(refused.body).toMatchObject({ used: 1, quota: 1, policy: 'refuse' });
    const fy2026 = await t.http
      .get(`/api/v1/tenants/${tenantQ}/advisory-quota?fiscalYear=2026`)
      .set(bearer(im.token))
      .expect(200);
    expect(fy2026.body).toMatchObject({
      fiscalYear: 2026,
      quota: 1,
      used: 1,
      remaining: 0,
      allowed: false,
      policy: 'refuse',
    });
    const fy2027 = await t.http
      .get(`/api/v1/tenants/${tenantQ}/advisory-quota?fiscalYear=2027`)
      .set(bearer(im.token))
      .expect(200);
    expect(fy2027.body).toMatchObject({ fiscalYear: 2027, used: 1, remaining: 0 });

    await t.http
      .put('/api/v1/support-settings')
      .set(bearer(f.adminToken))
      .send({ quotaPolicy: 'chargeable' })
      .expect(200);
    const charged = await q({ startsAt: '2027-04-02T10:00:00+09:00', endsAt: '2027-04-02T11:00:00+09:00' }).expect(201);
    expect(charged.body.chargeable).toBe(true);
    const after = await t.http
      .get(`/api/v1/tenants/${tenantQ}/advisory-quota?fiscalYear=2027`)
      .set(bearer(im.token))
      .expect(200);
    expect(after.body).toMatchObject({ used: 1, chargeableSessions: 1, chargeable: true, allowed: true });
    // Sessions with staff advisors do not use the quota.
    const staffAdvisor = await advisor(im.token, { name: 'IM 田中', kind: 'staff' });
    const free = await q({
      advisorId: staffAdvisor,
      startsAt: '2027-04-03T10:00:00+09:00',
      endsAt: '2027-04-03T11:00:00+09:00',
    }).expect(201);
    expect(free.body.chargeable).toBe(false);
    await t.http
      .put('/api/v1/support-settings')
      .set(bearer(f.adminToken))
      .send({ freeSessionsPerYear: 100, quotaPolicy: 'refuse' })
      .expect(200);
  });

  it('lets tenant users book free slots for their own tenant, cancel up to 24 h before, and never see notes', async () => {
    const start = future(10, 10);
    const weekday = ((new Date(start).getUTCDay() + 6) % 7) + 1;
    const slotExpert = await advisor(im.token, {
      name: '大学 研究者',
      kind: 'university_researcher',
      availability: { weekly: [{ weekday, start: '09:00', end: '12:00' }], slots: [] },
    });
    const outside = await t.http
      .post('/api/v1/portal/advisory-sessions')
      .set(bearer(tenantUser))
      .send({ advisorId: slotExpert, topic: 'technology', startsAt: future(10, 13), endsAt: future(10, 14) })
      .expect(400);
    expect(outside.body.errors[0].field).toBe('startsAt');
    await t.http
      .post('/api/v1/portal/advisory-sessions')
      .set(bearer(tenantUser))
      .send({ advisorId: slotExpert, topic: 'technology', startsAt: start, endsAt: future(10, 11), notes: 'x' })
      .expect(400);
    const foreign = await t.http
      .post('/api/v1/advisory-sessions')
      .set(bearer(tenantUser))
      .send({ tenantId: tenantB, advisorId: slotExpert, topic: 'technology', startsAt: start, endsAt: future(10, 11) })
      .expect(400);
    expect(foreign.body.errors[0].field).toBe('tenantId');
    const booked = await t.http
      .post('/api/v1/portal/advisory-sessions')
      .set(bearer(tenantUser))
      .send({ advisorId: slotExpert, topic: 'technology', startsAt: start, endsAt: future(10, 11) })
      .expect(201);
    expect(booked.body).toMatchObject({ tenantId: tenantA, bookedBy: 'tenant', status: 'booked' });

    await t.http
      .patch(`/api/v1/advisory-sessions/${booked.body.id}`)
      .set(bearer(im.token))
      .send({ notes: 'staff only: cash is tight', summary: 'Apply for the city grant' })
      .expect(200);
    const get = await t.http.get(`/api/v1/advisory-sessions/${booked.body.id}`).set(bearer(tenantUser)).expect(200);
    const list = await t.http.get('/api/v1/advisory-sessions?limit=200').set(bearer(tenantUser)).expect(200);
    expect(list.body.items.every((s: { tenantId: string }) => s.tenantId === tenantA)).toBe(true);
    for (const body of [get.body, ...list.body.items]) {
      expect(body).not.toHaveProperty('notes');
      expect(JSON.stringify(body)).not.toContain('cash is tight');
    }
    expect(get.body.summary).toBe('Apply for the city grant');
    expect((await t.http.get(`/api/v1/advisory-sessions/${booked.body.id}`).set(bearer(im.token))).body.notes).toBe(
      'staff only: cash is tight',
    );

    const cancelled = await t.http
      .post(`/api/v1/advisory-sessions/${booked.body.id}/transitions`)
      .set(bearer(tenantUser))
      .send({ to: 'cancelled', reason: 'schedule' })
      .expect(200);
    expect(cancelled.body).not.toHaveProperty('notes');
    // Within 24 hours the portal refuses; staff may still cancel.
    const soon = await book(im.token, {
      startsAt: new Date(Date.now() + 3600_000).toISOString(),
      endsAt: new Date(Date.now() + 7200_000).toISOString(),
    }).expect(201);
    await t.http
      .post(`/api/v1/advisory-sessions/${soon.body.id}/transitions`)
      .set(bearer(tenantUser))
      .send({ to: 'cancelled' })
      .expect(409);
    await t.http
      .post(`/api/v1/advisory-sessions/${soon.body.id}/transitions`)
      .set(bearer(tenantUser))
      .send({ to: 'completed' })
      .expect(400);
    await t.http
      .post(`/api/v1/advisory-sessions/${soon.body.id}/transitions`)
      .set(bearer(im.token))
      .send({ to: 'cancelled' })
      .expect(200);
    // Another tenant's session is unknown to a tenant user.
    const b = await book(im.token, {
      tenantId: tenantB,
      startsAt: '2027-07-01T10:00:00+09:00',
      endsAt: '2027-07-01T11:00:00+09:00',
    }).expect(201);
    await t.http.get(`/api/v1/advisory-sessions/${b.body.id}`).set(bearer(tenantUser)).expect(404);
    await t.http.get(`/api/v1/tenants/${tenantB}/advisory-quota`).set(bearer(tenantUser)).expect(404);
  });

  it('counts the case log per staff member and kind in a fiscal year', async () => {
    const fac = await createFacility(t.app, t.http, '施設C');
    const staff = await createUser(t.app, t.http, fac.facilityId, [Role.IncubationManager]);
    const tn = await tenant(staff.token, '統計');
    const adv = await advisor(staff.token, { kind: 'staff' });
    const post = (body: object) =>
      t.http
        .post('/api/v1/advisory-sessions')
        .set(bearer(staff.token))
        .send({ tenantId: tn, topic: 'management', ...body })
        .expect(201);
    await post({
      kind: 'consultation',
      channel: 'phone',
      startsAt: '2027-04-05T10:00:00+09:00',
      endsAt: '2027-04-05T10:15:00+09:00',
    });
    await post({
      kind: 'consultation',
      channel: 'walk_in',
      startsAt: '2028-03-31T23:00:00+09:00',
      endsAt: '2028-03-31T23:30:00+09:00',
      minutesSpent: 20,
    });
    await post({
      kind: 'consultation',
      channel: 'email',
      startsAt: '2028-04-01T09:00:00+09:00',
      endsAt: '2028-04-01T09:10:00+09:00',
    });
    await post({ advisorId: adv, startsAt: '2027-05-01T10:00:00+09:00', endsAt: '2027-05-01T11:00:00+09:00' });
    const res = await t.http
      .get('/api/v1/advisory-sessions/stats?fiscalYear=2027')
      .set(bearer(staff.token))
      .expect(200);
    expect(res.body).toEqual({
      fiscalYear: 2027,
      items: [
        { staffId: staff.userId, kind: 'appointment', sessions: 1, minutes: 60 },
        { staffId: staff.userId, kind: 'consultation', sessions: 2, minutes: 35 },
      ],
    });
    await t.http.get('/api/v1/advisory-sessions/stats?fiscalYear=20x7').set(bearer(staff.token)).expect(400);
  });

  it("shows an advisor the notes of their own sessions in a tenant's timeline, never another advisor's", async () => {
    const mine = await createUser(t.app, t.http, f.facilityId, [Role.Advisor]);
    const theirs = await createUser(t.app, t.http, f.facilityId, [Role.Advisor]);
    const myRecord = await advisor(im.token, { name: '自分 アドバイザー', userId: mine.userId });
    const theirRecord = await advisor(im.token, { name: '他の アドバイザー', userId: theirs.userId });
    for (const [advisorId, notes, day] of [
      [myRecord, 'NOTE-OF-MINE', 20],
      [theirRecord, 'NOTE-OF-ANOTHER-ADVISOR', 21],
    ] as const)
      await book(im.token, { advisorId, startsAt: future(day, 10), endsAt: future(day, 11), notes }).expect(201);
    const read = async (token: string) =>
      JSON.stringify(
        (await t.http.get(`/api/v1/tenants/${tenantA}/timeline`).query({ limit: 200 }).set(bearer(token)).expect(200))
          .body,
      );
    const asMine = await read(mine.token);
    expect(asMine).toContain('NOTE-OF-MINE');
    expect(asMine).not.toContain('NOTE-OF-ANOTHER-ADVISOR');
    expect(asMine).not.toContain('holders');
    // Staff who run support see every session's notes.
    const asManager = await read(im.token);
    for (const note of ['NOTE-OF-MINE', 'NOTE-OF-ANOTHER-ADVISOR']) expect(asManager).toContain(note);
  });

  it('isolates facilities: advisors and sessions of another facility are unknown', async () => {
    const s = await book(im.token, {
      startsAt: '2027-08-01T10:00:00+09:00',
      endsAt: '2027-08-01T11:00:00+09:00',
    }).expect(201);
    const o = bearer(other.adminToken);
    await t.http.get(`/api/v1/advisors/${expert}`).set(o).expect(404);
    await t.http.patch(`/api/v1/advisors/${expert}`).set(o).send({ name: 'x' }).expect(404);
    await t.http.delete(`/api/v1/advisors/${expert}`).set(o).expect(404);
    await t.http.get(`/api/v1/advisory-sessions/${s.body.id}`).set(o).expect(404);
    await t.http.patch(`/api/v1/advisory-sessions/${s.body.id}`).set(o).send({ summary: 'x' }).expect(404);
    await t.http
      .post(`/api/v1/advisory-sessions/${s.body.id}/transitions`)
      .set(o)
      .send({ to: 'cancelled' })
      .expect(404);
    await t.http.get(`/api/v1/tenants/${tenantA}/advisory-quota`).set(o).expect(404);
    expect((await t.http.get('/api/v1/advisors').set(o).expect(200)).body.total).toBe(0);
    expect((await t.http.get('/api/v1/advisory-sessions').set(o).expect(200)).body.total).toBe(0);
    const otherTenant = await tenant(other.adminToken, 'よそ');
    const res = await t.http
      .post('/api/v1/advisory-sessions')
      .set(o)
      .send({
        tenantId: otherTenant,
        advisorId: expert,
        topic: 'funding',
        startsAt: '2027-08-01T10:00:00+09:00',
        endsAt: '2027-08-01T11:00:00+09:00',
      })
      .expect(400);
    expect(res.body.errors[0].field).toBe('advisorId');
    const org = await t.http
      .post('/api/v1/advisors')
      .set(o)
      .send({ name: 'x', kind: 'other', organizationId: '00000000-0000-4000-8000-000000000000' })
      .expect(400);
    expect(org.body.errors[0].field).toBe('organizationId');
    await t.http
      .get('/api/v1/support-settings')
      .set(o)
      .expect(200)
      .expect((r) => expect(r.body.freeSessionsPerYear).toBe(4));
  });

  it('answers every follow-up with its due date, null when none was given', async () => {
    const created = await book(im.token, {
      startsAt: future(40, 10),
      endsAt: future(40, 11),
      followUps: [{ action: '資金繰り表を送る', owner: 'tenant', done: false }],
    }).expect(201);
    expect(created.body.followUps).toEqual([{ action: '資金繰り表を送る', owner: 'tenant', dueOn: null, done: false }]);
    const patched = await t.http
      .patch(`/api/v1/advisory-sessions/${created.body.id}`)
      .set(bearer(im.token))
      .send({ followUps: [{ action: '見積を比べる', owner: 'staff', done: true }] })
      .expect(200);
    expect(patched.body.followUps).toEqual([{ action: '見積を比べる', owner: 'staff', dueOn: null, done: true }]);
  });
});
