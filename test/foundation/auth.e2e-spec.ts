import { Role } from '@tamago/identity';
import { TEST_PASSWORD, TestFacility, bearer, createFacility, createUser, login } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';

describe('auth', () => {
  let t: TestApp;
  let f: TestFacility;

  beforeAll(async () => {
    t = await createTestApp({ worker: true });
    f = await createFacility(t.app, t.http);
  });
  afterAll(() => t.close());

  it('logs in and answers /me', async () => {
    const res = await t.http
      .post('/api/v1/auth/login')
      .send({ email: f.adminEmail.toUpperCase(), password: TEST_PASSWORD })
      .expect(200);
    expect(res.body).toEqual({
      accessToken: expect.any(String),
      refreshToken: expect.any(String),
      expiresIn: 900,
      tokenType: 'Bearer',
    });
    const me = await t.http.get('/api/v1/me').set(bearer(res.body.accessToken)).expect(200);
    expect(me.body).toMatchObject({
      id: f.adminUserId,
      email: f.adminEmail,
      roles: ['facility_admin'],
      facilityId: f.facilityId,
    });
    expect(me.body.passwordHash).toBeUndefined();
  });

  it('refuses a wrong password with 401 and the same message as an unknown email', async () => {
    const wrong = await t.http
      .post('/api/v1/auth/login')
      .send({ email: f.adminEmail, password: 'nope-nope-nope' })
      .expect(401);
    const unknown = await t.http
      .post('/api/v1/auth/login')
      .send({ email: 'nobody@example.test', password: 'nope-nope-nope' })
      .expect(401);
    expect(wrong.body.detail).toBe(unknown.body.detail);
    expect(wrong.body).toMatchObject({ type: expect.any(String), title: 'Unauthorized', status: 401 });
  });

  it('rotates refresh tokens and revokes the whole login when a used one comes back', async () => {
    const first = (
      await t.http.post('/api/v1/auth/login').send({ email: f.adminEmail, password: TEST_PASSWORD }).expect(200)
    ).body;
    const second = (await t.http.post('/api/v1/auth/refresh').send({ refreshToken: first.refreshToken }).expect(200))
      .body;
    expect(second.refreshToken).not.toBe(first.refreshToken);
    await t.http.get('/api/v1/me').set(bearer(second.accessToken)).expect(200);
    // Replaying the first (already rotated) token is treated as theft: the login ends.
    await t.http.post('/api/v1/auth/refresh').send({ refreshToken: first.refreshToken }).expect(401);
    await t.http.post('/api/v1/auth/refresh').send({ refreshToken: second.refreshToken }).expect(401);
    await t.http.get('/api/v1/me').set(bearer(second.accessToken)).expect(401);
    // Other logins of the same user are untouched.
    await t.http.get('/api/v1/me').set(bearer(f.adminToken)).expect(200);
  });

  it('logout ends the session for access and refresh tokens', async () => {
    const pair = (
      await t.http.post('/api/v1/auth/login').send({ email: f.adminEmail, password: TEST_PASSWORD }).expect(200)
    ).body;
    await t.http.post('/api/v1/auth/logout').set(bearer(pair.accessToken)).expect(204);
    await t.http.get('/api/v1/me').set(bearer(pair.accessToken)).expect(401);
    await t.http.post('/api/v1/auth/refresh').send({ refreshToken: pair.refreshToken }).expect(401);
  });

  it('locks an account after repeated failures, even for the right password', async () => {
    const u = await createUser(t.app, t.http, f.facilityId, [Role.Accountant]);
    for (let i = 0; i < 5; i++) {
      await t.http.post('/api/v1/auth/login').send({ email: u.email, password: 'wrong-password-x' }).expect(401);
    }
    // Locked, the right password is refused with the very answer an unknown address gets (no 423,
    // no lockedUntil), so the lock cannot be used to find out which addresses have accounts.
    const locked = await t.http
      .post('/api/v1/auth/login')
      .send({ email: u.email, password: TEST_PASSWORD })
      .expect(401);
    expect(locked.body.lockedUntil).toBeUndefined();
    const unknown = await t.http
      .post('/api/v1/auth/login')
      .send({ email: 'nobody-here@example.test', password: TEST_PASSWORD })
      .expect(401);
    expect(locked.body).toEqual(unknown.body);
  });

  it('changes the password: the old one stops working, other sessions end', async () => {
    const u = await createUser(t.app, t.http, f.facilityId, [Role.Auditor]);
    const other = await login(t.http, u.email);
    await t.http
      .post('/api/v1/me/password')
      .set(bearer(u.token))
      .send({ currentPassword: 'wrong', newPassword: 'a-new-password-1' })
      .expect(400);
    await t.http
      .post('/api/v1/me/password')
      .set(bearer(u.token))
      .send({ currentPassword: TEST_PASSWORD, newPassword: 'a-new-password-1' })
      .expect(204);
    await t.http.get('/api/v1/me').set(bearer(u.token)).expect(200);
    await t.http.get('/api/v1/me').set(bearer(other)).expect(401);
    await t.http.post('/api/v1/auth/login').send({ email: u.email, password: TEST_PASSWORD }).expect(401);
    await login(t.http, u.email, 'a-new-password-1');
  });

  it('invites a user by mail; the single-use link sets the password', async () => {
    const email = `invitee-${Date.now()}@example.test`;
    const res = await t.http
      .post('/api/v1/users')
      .set(bearer(f.adminToken))
      .send({ email, name: '招待 太郎', roles: ['incubation_manager'] })
      .expect(201);
    expect(res.body).toMatchObject({ email, status: 'invited', roles: ['incubation_manager'] });
    await t.http.post('/api/v1/auth/login').send({ email, password: 'whatever-123' }).expect(401);
    const mail = await t.smtp.waitFor(email, /招待/);
    const token = /token=([A-Za-z0-9_-]+)/.exec(mail.text ?? '')?.[1];
    expect(token).toBeDefined();
    await t.http.post('/api/v1/auth/invitations/accept').send({ token, password: 'invited-password-1' }).expect(204);
    await t.http.post('/api/v1/auth/invitations/accept').send({ token, password: 'invited-password-2' }).expect(400);
    await login(t.http, email, 'invited-password-1');
  });

  it('resets a forgotten password by mail, once; unknown addresses look the same', async () => {
    const u = await createUser(t.app, t.http, f.facilityId, [Role.Advisor]);
    await t.http.post('/api/v1/auth/password-reset/request').send({ email: u.email }).expect(202);
    await t.http.post('/api/v1/auth/password-reset/request').send({ email: 'ghost@example.test' }).expect(202);
    const mail = await t.smtp.waitFor(u.email, /パスワード/);
    const token = /token=([A-Za-z0-9_-]+)/.exec(mail.text ?? '')?.[1];
    await t.http.post('/api/v1/auth/password-reset/confirm').send({ token, password: 'reset-password-1' }).expect(204);
    await t.http.post('/api/v1/auth/password-reset/confirm').send({ token, password: 'reset-password-2' }).expect(400);
    await t.http.get('/api/v1/me').set(bearer(u.token)).expect(401);
    await login(t.http, u.email, 'reset-password-1');
  });

  it('deactivation ends sessions and blocks login', async () => {
    const u = await createUser(t.app, t.http, f.facilityId, [Role.Advisor]);
    await t.http.post(`/api/v1/users/${u.userId}/deactivate`).set(bearer(f.adminToken)).expect(200);
    await t.http.get('/api/v1/me').set(bearer(u.token)).expect(401);
    await t.http.post('/api/v1/auth/login').send({ email: u.email, password: TEST_PASSWORD }).expect(401);
  });
});
