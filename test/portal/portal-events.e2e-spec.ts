import { Role } from '@tamago/identity';
import { TestFacility, bearer, createFacility, createUser } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';
import { createTenant } from '../payments/helpers';
import { plantNotification } from '../support/notifications';

const future = (days: number, hour = 10) => {
  const d = new Date(Date.now() + days * 86_400_000);
  return `${d.toISOString().slice(0, 10)}T${String(hour).padStart(2, '0')}:00:00+09:00`;
};

/** The portal's event list and summary count only the caller's own tenant and user. */
describe('portal events and the unread count of the summary', () => {
  let t: TestApp;
  let f: TestFacility;
  let other: TestFacility;
  let mine: string;
  let myToken: string;
  let me: { userId: string; email: string; token: string };
  let theirToken: string;
  let eventId: string;

  beforeAll(async () => {
    t = await createTestApp();
    f = await createFacility(t.app, t.http, 'ポータルイベント施設');
    other = await createFacility(t.app, t.http, '別のイベント施設');
    mine = await createTenant(t.app, f.facilityId, f.adminUserId, '自社イベント株式会社', 'ジシャ');
    const theirs = await createTenant(t.app, f.facilityId, f.adminUserId, '他社イベント株式会社', 'タシャ');
    me = await createUser(t.app, t.http, f.facilityId, [Role.TenantMember], { tenantId: mine });
    myToken = me.token;
    theirToken = (await createUser(t.app, t.http, f.facilityId, [Role.TenantMember], { tenantId: theirs })).token;
    eventId = (
      await t.http
        .post('/api/v1/events')
        .set(bearer(f.adminToken))
        .send({
          kind: 'seminar',
          title: '資金調達セミナー',
          startsAt: future(7),
          endsAt: future(7, 12),
          capacity: 1,
          waitlistEnabled: true,
        })
        .expect(201)
    ).body.id;
    await t.http
      .post('/api/v1/events')
      .set(bearer(other.adminToken))
      .send({ kind: 'forum', title: '他施設のフォーラム', startsAt: future(3), endsAt: future(3, 12) })
      .expect(201);
  }, 120_000);
  afterAll(() => t.close());

  const events = (token: string) => t.http.get('/api/v1/portal/events').set(bearer(token));

  it("shows seats left, the waitlist position and only the caller's tenant's registrations", async () => {
    await t.http.post(`/api/v1/events/${eventId}/registrations`).set(bearer(theirToken)).send({}).expect(201);
    const waiting = await t.http
      .post(`/api/v1/events/${eventId}/registrations`)
      .set(bearer(myToken))
      .send({ attendeeName: '山田 花子' })
      .expect(201);
    expect(waiting.body.status).toBe('waitlisted');

    const res = await events(myToken).expect(200);
    expect(res.body.total).toBe(1);
    const [event] = res.body.items;
    expect(event).toMatchObject({ id: eventId, title: '資金調達セミナー', seatsLeft: 0, waitlisted: 1 });
    expect(event.myRegistrations).toEqual([
      expect.objectContaining({
        id: waiting.body.id,
        tenantId: mine,
        attendeeName: '山田 花子',
        status: 'waitlisted',
        waitlistPosition: 1,
      }),
    ]);
    const theirs = (await events(theirToken).expect(200)).body.items[0];
    expect(theirs.myRegistrations.map((r: { status: string }) => r.status)).toEqual(['confirmed']);
    expect(theirs.myRegistrations[0].waitlistPosition).toBeNull();
  });

  it('counts the unread notifications of the calling user in the summary', async () => {
    const summary = async (token: string) =>
      (await t.http.get('/api/v1/portal/summary').set(bearer(token)).expect(200)).body.unreadNotifications;
    const before = await summary(myToken);
    const id = await plantNotification(t.app, f.facilityId, me, '請求書を発行しました', '本文');
    await plantNotification(t.app, f.facilityId, me, 'もう一件', '本文');
    expect(await summary(myToken)).toBe(before + 2);
    expect(await summary(theirToken)).toBe(0);
    await t.http.post(`/api/v1/notifications/${id}/read`).set(bearer(myToken)).expect(200);
    expect(await summary(myToken)).toBe(before + 1);
  });

  it('refuses staff', async () => {
    await events(f.adminToken).expect(403);
  });
});
