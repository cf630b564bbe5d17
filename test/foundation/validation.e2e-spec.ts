import { TestFacility, bearer, createFacility } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';

describe('bad input', () => {
  let t: TestApp;
  let f: TestFacility;
  const count = async () =>
    (await t.http.get('/api/v1/users').set(bearer(f.adminToken)).expect(200)).body.total as number;

  beforeAll(async () => {
    t = await createTestApp();
    f = await createFacility(t.app, t.http);
  });
  afterAll(() => t.close());

  const cases: [string, Record<string, unknown>, string][] = [
    ['a missing field', { name: 'x', roles: ['advisor'] }, 'email'],
    ['a wrong type', { email: 'a@example.test', name: 42, roles: ['advisor'] }, 'name'],
    ['an unknown field', { email: 'b@example.test', name: 'x', roles: ['advisor'], isRoot: true }, 'isRoot'],
    ['an oversized string', { email: 'c@example.test', name: 'x'.repeat(101), roles: ['advisor'] }, 'name'],
    ['an unknown role', { email: 'd@example.test', name: 'x', roles: ['superuser'] }, 'roles'],
  ];

  it.each(cases)('answers 400 naming the field for %s, and writes nothing', async (_label, body, field) => {
    const before = await count();
    const res = await t.http.post('/api/v1/users').set(bearer(f.adminToken)).send(body).expect(400);
    expect(res.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(res.body).toMatchObject({
      type: expect.any(String),
      title: 'Bad Request',
      status: 400,
      detail: expect.stringContaining(field),
    });
    expect(res.body.errors).toEqual(
      expect.arrayContaining([expect.objectContaining({ field, message: expect.any(String) })]),
    );
    expect(await count()).toBe(before);
  });

  it('answers 400 for malformed JSON and for a malformed id, never 500', async () => {
    const res = await t.http
      .post('/api/v1/auth/login')
      .set('Content-Type', 'application/json')
      .send('{"email":')
      .expect(400);
    expect(res.body.status).toBe(400);
    const bad = await t.http.get('/api/v1/users/not-a-uuid').set(bearer(f.adminToken)).expect(400);
    expect(bad.body.errors[0].field).toBe('id');
    await t.http.get('/api/v1/users?limit=abc').set(bearer(f.adminToken)).expect(400);
    await t.http.get('/api/v1/audit-events?from=yesterday').set(bearer(f.adminToken)).expect(400);
  });

  it('answers 409 with a sentence for a duplicate email', async () => {
    const body = { email: `dup-${Date.now()}@example.test`, name: 'x', roles: ['advisor'] };
    await t.http.post('/api/v1/users').set(bearer(f.adminToken)).send(body).expect(201);
    const res = await t.http.post('/api/v1/users').set(bearer(f.adminToken)).send(body).expect(409);
    // The admin's locale is Japanese (the default), so the sentence is Japanese.
    expect(res.body.detail).toMatch(/すでに登録されています/);
    expect(JSON.stringify(res.body)).not.toMatch(/at \w+ \(|QueryFailedError/);
  });

  it('answers 404 in problem shape for an unknown route', async () => {
    const res = await t.http.get('/api/v1/nothing-here').set(bearer(f.adminToken)).expect(404);
    expect(res.body).toMatchObject({ status: 404, title: 'Not Found' });
  });

  it('sends and echoes a request id', async () => {
    const res = await t.http.get('/health').set('X-Request-Id', 'trace-123').expect(200);
    expect(res.headers['x-request-id']).toBe('trace-123');
    expect(res.body.info).toMatchObject({ database: { status: 'up' }, background: { status: 'up', available: true } });
  });
});
