import { TestApp, createTestApp } from '../support/test-app';

describe('login rate limit', () => {
  let t: TestApp;

  beforeAll(async () => {
    // The test client stands in for the reverse proxy on loopback, the one proxy configured here.
    t = await createTestApp({ env: { LOGIN_RATE_LIMIT_PER_MINUTE: '3', TRUSTED_PROXIES: 'loopback' } });
  });
  afterAll(async () => {
    await t.close();
    process.env.LOGIN_RATE_LIMIT_PER_MINUTE = '10000';
    delete process.env.TRUSTED_PROXIES;
  });

  it('answers 429 with Retry-After once a client address has spent its minute', async () => {
    // A client address of its own (the API trusts X-Forwarded-For from its configured proxy).
    const ip = `203.0.113.${Math.floor(Math.random() * 200) + 1}`;
    const attempt = () =>
      t.http
        .post('/api/v1/auth/login')
        .set('X-Forwarded-For', ip)
        .send({ email: 'nobody@example.test', password: 'whatever-1' });
    for (let i = 0; i < 3; i++) expect((await attempt()).status).toBe(401);
    const limited = await attempt();
    expect(limited.status).toBe(429);
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(limited.body).toMatchObject({ status: 429, title: 'Too Many Requests' });
    // Another address is not affected.
    const other = await t.http
      .post('/api/v1/auth/login')
      .set('X-Forwarded-For', '198.51.100.7')
      .send({ email: 'nobody@example.test', password: 'whatever-1' });
    expect(other.status).toBe(401);
  });
});
