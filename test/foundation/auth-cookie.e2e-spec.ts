import { createTestApp, TestApp } from '../support/test-app';
import { bearer, createFacility, TEST_PASSWORD, TestFacility } from '../support/factories';

/** The web app's transport: the refresh token only ever travels in an HttpOnly cookie. */
describe('auth with the refresh cookie', () => {
  let t: TestApp;
  let f: TestFacility;
  beforeAll(async () => {
    t = await createTestApp();
    f = await createFacility(t.app, t.http, 'クッキー施設');
  });
  afterAll(async () => {
    await t.close();
  });

  const cookieOf = (res: { headers: Record<string, unknown> }): string => {
    const set = ([] as string[]).concat((res.headers['set-cookie'] as string[] | string | undefined) ?? []);
    const line = set.find((c) => c.startsWith('tamago_refresh='));
    if (!line) throw new Error(`no refresh cookie in ${JSON.stringify(set)}`);
    return line;
  };

  it('sets an HttpOnly Secure SameSite=Strict cookie on the auth path and leaves the token out of the body', async () => {
    const res = await t.http
      .post('/api/v1/auth/login')
      .set('X-Auth-Transport', 'cookie')
      .send({ email: f.adminEmail, password: TEST_PASSWORD })
      .expect(200);
    expect(res.body.refreshToken).toBeUndefined();
    expect(typeof res.body.accessToken).toBe('string');
    const cookie = cookieOf(res);
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/Secure/i);
    expect(cookie).toMatch(/SameSite=Strict/i);
    expect(cookie).toMatch(/Path=\/api\/v1\/auth/);
  });

  it('refreshes from the cookie alone, rotates it, and refuses the used one', async () => {
    const login = await t.http
      .post('/api/v1/auth/login')
      .set('X-Auth-Transport', 'cookie')
      .send({ email: f.adminEmail, password: TEST_PASSWORD });
    const first = cookieOf(login).split(';')[0];
    const refreshed = await t.http
      .post('/api/v1/auth/refresh')
      .set('X-Auth-Transport', 'cookie')
      .set('Cookie', first)
      .send({})
      .expect(200);
    expect(refreshed.body.refreshToken).toBeUndefined();
    const second = cookieOf(refreshed).split(';')[0];
    expect(second).not.toBe(first);
    const me = await t.http.get('/api/v1/me').set(bearer(refreshed.body.accessToken)).expect(200);
    // The web app starts with this one call: the answer names the signed-in user exactly as GET /me does.
    expect(refreshed.body.user).toEqual(me.body);
    await t.http.post('/api/v1/auth/refresh').set('Cookie', first).send({}).expect(401);
  });

  it('answers 401 without a cookie or a body token', async () => {
    await t.http.post('/api/v1/auth/refresh').send({}).expect(401);
  });

  it('logs out everywhere: every session of the user ends', async () => {
    const a = await t.http.post('/api/v1/auth/login').send({ email: f.adminEmail, password: TEST_PASSWORD });
    const b = await t.http.post('/api/v1/auth/login').send({ email: f.adminEmail, password: TEST_PASSWORD });
    await t.http.post('/api/v1/auth/logout-everywhere').set(bearer(a.body.accessToken)).expect(204);
    await t.http.get('/api/v1/me').set(bearer(b.body.accessToken)).expect(401);
    await t.http.post('/api/v1/auth/refresh').send({ refreshToken: b.body.refreshToken }).expect(401);
  });

  it('remembers the language on the user (PATCH /me)', async () => {
    const token = (await t.http.post('/api/v1/auth/login').send({ email: f.adminEmail, password: TEST_PASSWORD })).body
      .accessToken;
    const res = await t.http.patch('/api/v1/me').set(bearer(token)).send({ locale: 'en' }).expect(200);
    expect(res.body.locale).toBe('en');
    await t.http.patch('/api/v1/me').set(bearer(token)).send({ locale: 'fr' }).expect(400);
  });

  it('serves the web app with security headers when it is built, and keeps /api 404s as problem details', async () => {
    const res = await t.http.get('/api/v1/no-such-route').expect(404);
    expect(res.headers['content-type']).toMatch(/problem\+json/);
    expect(res.headers['content-security-policy']).toContain("script-src 'self'");
    expect(res.headers['x-content-type-options']).toBe('nosniff');
  });
});
