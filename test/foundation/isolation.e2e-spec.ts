import { TransactionRunner } from '@tamago/database';
import { Role } from '@tamago/identity';
import { TestFacility, bearer, createFacility, createUser } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';

describe('facility isolation', () => {
  let t: TestApp;
  let a: TestFacility;
  let b: TestFacility;
  let bUser: { userId: string };

  beforeAll(async () => {
    t = await createTestApp();
    a = await createFacility(t.app, t.http, '施設A');
    b = await createFacility(t.app, t.http, '施設B');
    bUser = await createUser(t.app, t.http, b.facilityId, [Role.IncubationManager]);
  });
  afterAll(() => t.close());

  it('lists only the own facility users', async () => {
    const res = await t.http.get('/api/v1/users').set(bearer(a.adminToken)).expect(200);
    expect(res.body.total).toBe(1);
    expect(res.body.items.map((u: { id: string }) => u.id)).toEqual([a.adminUserId]);
  });

  it("lets every staff member name the facility's staff (the staff directory), nothing more and no other facility's", async () => {
    const im = await createUser(t.app, t.http, a.facilityId, [Role.IncubationManager]);
    // An incubation manager may not read accounts…
    await t.http.get(`/api/v1/users/${a.adminUserId}`).set(bearer(im.token)).expect(403);
    // …but names a colleague, one id or a page's ids at once.
    const one = await t.http
      .get('/api/v1/users/staff-directory')
      .query({ ids: a.adminUserId })
      .set(bearer(im.token))
      .expect(200);
    expect(one.body.total).toBe(1);
    expect(Object.keys(one.body.items[0]).sort()).toEqual(['active', 'id', 'name', 'roles']);
    expect(one.body.items[0]).toMatchObject({ id: a.adminUserId, roles: [Role.FacilityAdmin], active: true });
    const all = await t.http.get('/api/v1/users/staff-directory').set(bearer(im.token)).expect(200);
    expect(all.body.items.map((u: { id: string }) => u.id).sort()).toEqual([a.adminUserId, im.userId].sort());
    // Another facility's staff are unknown here; a bad id is a 400 naming the field.
    const other = await t.http
      .get('/api/v1/users/staff-directory')
      .query({ ids: `${bUser.userId},${a.adminUserId}` })
      .set(bearer(im.token))
      .expect(200);
    expect(other.body.items.map((u: { id: string }) => u.id)).toEqual([a.adminUserId]);
    const bad = await t.http
      .get('/api/v1/users/staff-directory')
      .query({ ids: 'nope' })
      .set(bearer(im.token))
      .expect(400);
    expect(bad.body.errors[0].field).toMatch(/^ids/);
  });

  it("answers 404 for another facility's user exactly as for an unknown id", async () => {
    const other = await t.http.get(`/api/v1/users/${bUser.userId}`).set(bearer(a.adminToken)).expect(404);
    const unknown = await t.http
      .get('/api/v1/users/00000000-0000-4000-8000-000000000000')
      .set(bearer(a.adminToken))
      .expect(404);
    expect(other.body.title).toBe(unknown.body.title);
    expect(other.body.detail.replace(bUser.userId, 'ID')).toBe(
      unknown.body.detail.replace('00000000-0000-4000-8000-000000000000', 'ID'),
    );
    await t.http.patch(`/api/v1/users/${bUser.userId}`).set(bearer(a.adminToken)).send({ name: 'x' }).expect(404);
    await t.http.post(`/api/v1/users/${bUser.userId}/deactivate`).set(bearer(a.adminToken)).expect(404);
    const still = await t.http.get(`/api/v1/users/${bUser.userId}`).set(bearer(b.adminToken)).expect(200);
    expect(still.body.status).toBe('active');
  });

  it('row-level security filters a query that forgets its facility filter', async () => {
    const tx = t.app.get(TransactionRunner);
    // Deliberately unfiltered SQL: RLS alone must keep facility B's rows out.
    const rows: { facility_id: string }[] = await tx.inFacility(a.facilityId, (em) =>
      em.query('SELECT facility_id FROM users'),
    );
    expect(rows.length).toBeGreaterThan(0);
    expect(new Set(rows.map((r) => r.facility_id))).toEqual(new Set([a.facilityId]));
    const facilities: { id: string }[] = await tx.inFacility(a.facilityId, (em) =>
      em.query('SELECT id FROM facilities'),
    );
    expect(facilities.map((f) => f.id)).toEqual([a.facilityId]);
    // Writing a row for another facility is refused by the policy's WITH CHECK.
    await expect(
      tx.inFacility(a.facilityId, (em) =>
        em.query(
          `INSERT INTO audit_events (facility_id, action, entity, entity_id, changes) VALUES ($1, 'create', 'x', 'y', '{}')`,
          [b.facilityId],
        ),
      ),
    ).rejects.toThrow(/row-level security/);
  });

  it('fails closed when no facility is set', async () => {
    const tx = t.app.get(TransactionRunner);
    const rows: unknown[] = await tx.inFacility('', (em) => em.query('SELECT id FROM users')).catch(() => []);
    expect(rows).toEqual([]);
    const raw: unknown[] = await t.app.get(TransactionRunner).inFacility(a.facilityId, async (em) => {
      await em.query(`SELECT set_config('tamago.facility_id', '', true)`);
      return em.query('SELECT id FROM users');
    });
    expect(raw).toEqual([]);
  });

  it('keeps the credentials tables out of reach of request queries', async () => {
    const tx = t.app.get(TransactionRunner);
    await expect(tx.inFacility(a.facilityId, (em) => em.query('SELECT * FROM refresh_tokens'))).rejects.toThrow(
      /permission denied/,
    );
    await expect(tx.inFacility(a.facilityId, (em) => em.query('SELECT * FROM user_tokens'))).rejects.toThrow(
      /permission denied/,
    );
  });

  it('records an audit event with who and what changed, readable only by the own facility', async () => {
    const u = await createUser(t.app, t.http, a.facilityId, [Role.Advisor]);
    await t.http
      .patch(`/api/v1/users/${u.userId}`)
      .set(bearer(a.adminToken))
      .send({ name: '新しい名前', roles: ['advisor', 'auditor'] })
      .expect(200);
    const res = await t.http
      .get(`/api/v1/audit-events?entity=user&entityId=${u.userId}&action=update`)
      .set(bearer(a.adminToken))
      .expect(200);
    expect(res.body.total).toBe(1);
    expect(res.body.items[0]).toMatchObject({
      actorId: a.adminUserId,
      action: 'update',
      entity: 'user',
      entityId: u.userId,
      changes: {
        name: { before: 'advisor', after: '新しい名前' },
        roles: { before: ['advisor'], after: ['advisor', 'auditor'] },
      },
    });
    expect(JSON.stringify(res.body)).not.toContain('passwordHash');
    const fromB = await t.http.get(`/api/v1/audit-events?entityId=${u.userId}`).set(bearer(b.adminToken)).expect(200);
    expect(fromB.body.total).toBe(0);
  });
});
