import { addDays, todayIn } from '@tamago/core';
import { Role } from '@tamago/identity';
import { TestFacility, bearer, createFacility, createUser } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';
import { createTenant } from '../support/tenants';

/** ISO weekday (1 = Monday … 7 = Sunday) of a calendar date. */
const weekdayOf = (date: string) => ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;

describe('advisor free slots for the portal', () => {
  let t: TestApp;
  let f: TestFacility;
  let other: TestFacility;
  let im: string;
  let tenantId: string;
  let tenantUser: string;
  let advisorId: string;
  // A day well ahead, so no slot is in the past or inside any cut-off; and the same weekday a week later.
  const day = addDays(todayIn('Asia/Tokyo'), 10);
  const nextWeek = addDays(day, 7);
  // Slots are Tokyo hours, answered (like every instant of the API) in UTC.
  const slot = (date: string, from: string, to: string) => ({
    startsAt: new Date(`${date}T${from}:00+09:00`).toISOString(),
    endsAt: new Date(`${date}T${to}:00+09:00`).toISOString(),
  });
  const freeSlots = (token: string, query: string, id = advisorId) =>
    t.http.get(`/api/v1/advisors/${id}/free-slots?${query}`).set(bearer(token));

  beforeAll(async () => {
    t = await createTestApp();
    f = await createFacility(t.app, t.http, '空き枠施設A');
    other = await createFacility(t.app, t.http, '空き枠施設B');
    im = (await createUser(t.app, t.http, f.facilityId, [Role.IncubationManager])).token;
    tenantId = await createTenant(t.http, im, {
      kind: 'support_client',
      name: '株式会社スロット',
      nameKana: 'スロット',
      tradeName: 'スロット',
    });
    tenantUser = (await createUser(t.app, t.http, f.facilityId, [Role.TenantMember], { tenantId })).token;
    await t.http
      .put('/api/v1/support-settings')
      .set(bearer(f.adminToken))
      .send({ freeSessionsPerYear: 100 })
      .expect(200);
    advisorId = (
      await t.http
        .post('/api/v1/advisors')
        .set(bearer(im))
        .send({
          name: '田中 診断士',
          kind: 'certified_sme_consultant',
          availability: { weekly: [{ weekday: weekdayOf(day), start: '10:00', end: '13:00' }], slots: [] },
        })
        .expect(201)
    ).body.id;
  });
  afterAll(() => t.close());

  it('expands the weekly window into hourly slots (Tokyo hours, answered in UTC like a booking), for tenant users too', async () => {
    const res = await freeSlots(tenantUser, `from=${day}&to=${nextWeek}`).expect(200);
    expect(res.body).toEqual({
      advisorId,
      timeZone: 'Asia/Tokyo',
      durationMinutes: 60,
      items: [
        slot(day, '10:00', '11:00'),
        slot(day, '11:00', '12:00'),
        slot(day, '12:00', '13:00'),
        slot(nextWeek, '10:00', '11:00'),
        slot(nextWeek, '11:00', '12:00'),
        slot(nextWeek, '12:00', '13:00'),
      ],
      total: 6,
    });
    const half = await freeSlots(im, `from=${day}&to=${day}&durationMinutes=90`).expect(200);
    expect(half.body.items).toEqual([slot(day, '10:00', '11:30'), slot(day, '11:30', '13:00')]);
  });

  it('removes exactly the slots a booked session overlaps; a booking of a returned slot via the portal succeeds', async () => {
    const staffBooking = await t.http
      .post('/api/v1/advisory-sessions')
      .set(bearer(im))
      .send({ tenantId, advisorId, topic: 'funding', mode: 'onsite', ...slot(day, '10:30', '11:30') })
      .expect(201);
    const after = await freeSlots(tenantUser, `from=${day}&to=${nextWeek}`).expect(200);
    expect(after.body.items).toEqual([
      slot(day, '12:00', '13:00'),
      slot(nextWeek, '10:00', '11:00'),
      slot(nextWeek, '11:00', '12:00'),
      slot(nextWeek, '12:00', '13:00'),
    ]);

    const [first] = after.body.items;
    const booked_ = await t.http
      .post('/api/v1/portal/advisory-sessions')
      .set(bearer(tenantUser))
      .send({ advisorId, topic: 'technology', mode: 'online', ...first })
      .expect(201);
    // One rule for instants: the booking answers the slot's instants exactly as the free slots wrote them.
    expect({ startsAt: booked_.body.startsAt, endsAt: booked_.body.endsAt }).toEqual(first);
    const booked = await freeSlots(tenantUser, `from=${day}&to=${day}`).expect(200);
    expect(booked.body).toMatchObject({ items: [], total: 0 });

    // A cancelled session gives its slots back.
    await t.http
      .post(`/api/v1/advisory-sessions/${staffBooking.body.id}/transitions`)
      .set(bearer(im))
      .send({ to: 'cancelled' })
      .expect(200);
    const freed = await freeSlots(im, `from=${day}&to=${day}`).expect(200);
    expect(freed.body.items).toEqual([slot(day, '10:00', '11:00'), slot(day, '11:00', '12:00')]);
  });

  it('drops slots in the past', async () => {
    const lastWeek = addDays(day, -14);
    const res = await freeSlots(im, `from=${lastWeek}&to=${lastWeek}`).expect(200);
    expect(res.body.items).toEqual([]);
  });

  it('refuses a range over 31 days naming to, and a bad duration naming durationMinutes', async () => {
    const long = await freeSlots(tenantUser, `from=${day}&to=${addDays(day, 31)}`).expect(400);
    expect(long.body.errors[0].field).toBe('to');
    await freeSlots(tenantUser, `from=${day}&to=${addDays(day, 30)}`).expect(200);
    const backwards = await freeSlots(im, `from=${day}&to=${addDays(day, -1)}`).expect(400);
    expect(backwards.body.errors[0].field).toBe('to');
    for (const minutes of ['50', '0', '255', 'abc']) {
      const bad = await freeSlots(im, `from=${day}&to=${day}&durationMinutes=${minutes}`).expect(400);
      expect([minutes, bad.body.errors[0].field]).toEqual([minutes, 'durationMinutes']);
    }
    const noTo = await freeSlots(im, `from=${day}`).expect(400);
    expect(noTo.body.errors[0].field).toBe('to');
    const extra = await freeSlots(im, `from=${day}&to=${day}&tenantId=x`).expect(400);
    expect(extra.body.errors[0].field).toBe('tenantId');
  });

  it('shows the bookings on the timeline with Japanese titles and English titleEn', async () => {
    const res = await t.http
      .get(`/api/v1/tenants/${tenantId}/timeline?kinds=advisory_session`)
      .set(bearer(tenantUser))
      .expect(200);
    expect(res.body.items.map((i: { title: string; titleEn: string }) => [i.title, i.titleEn])).toEqual([
      // Newest first: the portal booking at 12:00, then the cancelled staff booking at 10:30.
      ['専門家相談（技術・田中 診断士・予約済み）', 'Advisory session (technology, 田中 診断士, booked)'],
      ['専門家相談（資金調達・田中 診断士・キャンセル）', 'Advisory session (funding, 田中 診断士, cancelled)'],
    ]);
  });

  it("answers 404 for another facility's advisor", async () => {
    await freeSlots(other.adminToken, `from=${day}&to=${day}`).expect(404);
    const otherAdvisor = (
      await t.http
        .post('/api/v1/advisors')
        .set(bearer(other.adminToken))
        .send({
          name: '他施設 専門家',
          kind: 'specialist',
          availability: { weekly: [{ weekday: weekdayOf(day), start: '09:00', end: '17:00' }], slots: [] },
        })
        .expect(201)
    ).body.id;
    await freeSlots(tenantUser, `from=${day}&to=${day}`, otherAdvisor).expect(404);
    await freeSlots(im, `from=${day}&to=${day}`, otherAdvisor).expect(404);
  });
});
