import { randomUUID } from 'node:crypto';
import { argon2id, hash } from 'argon2';
import { TransactionRunner } from '@tamago/database';
import { TEST_PASSWORD, TestFacility, bearer, createFacility, login, uniqueEmail } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';

jest.setTimeout(120_000);

describe('bull-board at /admin/queues (platform operators only) and /health', () => {
  let t: TestApp;
  let f: TestFacility;
  let operatorToken: string;

  beforeAll(async () => {
    t = await createTestApp();
    f = await createFacility(t.app, t.http, '管理画面施設');
    const email = uniqueEmail('operator');
    const passwordHash = await hash(TEST_PASSWORD, { type: argon2id, memoryCost: 19_456, timeCost: 2, parallelism: 1 });
    await t.app
      .get(TransactionRunner)
      .asSystem((em) =>
        em.query(
          `INSERT INTO users (id, facility_id, email, name, roles, status, password_hash, locale) VALUES ($1, NULL, $2, 'Operator', '{platform_operator}', 'active', $3, 'ja')`,
          [randomUUID(), email, passwordHash],
        ),
      );
    operatorToken = await login(t.http, email);
  });
  afterAll(() => t.close());

  it('refuses anonymous (401) and facility staff (403), serves platform operators', async () => {
    const anon = await t.http.get('/admin/queues').expect(401);
    expect(anon.body.detail).toMatch(/platform operator/);
    await t.http.get('/admin/queues/api/queues').expect(401);
    await t.http.get('/admin/queues').set(bearer(f.adminToken)).expect(403);
    await t.http.get('/admin/queues/api/queues').set(bearer(f.adminToken)).expect(403);
    await t.http.get('/admin/queues').set('authorization', 'Bearer not-a-token').expect(401);

    const page = await t.http.get('/admin/queues').set(bearer(operatorToken)).expect(200);
    expect(page.text).toContain('<html');
    const api = await t.http.get('/admin/queues/api/queues').set(bearer(operatorToken)).expect(200);
    expect(api.body.queues.map((q: { name: string }) => q.name).sort()).toEqual(
      ['billing', 'notifications', 'payments', 'reminders', 'reports', 'schedules'].sort(),
    );
    // ?token= once sets a cookie scoped to the board, for a browser.
    const viaQuery = await t.http.get(`/admin/queues?token=${operatorToken}`).expect(200);
    expect(String(viaQuery.headers['set-cookie'])).toMatch(/tamago_admin_token=.*HttpOnly/);
  });

  it('/health reports background work available while Redis answers', async () => {
    const res = await t.http.get('/health').expect(200);
    expect(res.body.info.background).toEqual({ status: 'up', available: true });
    expect(res.body.info.database.status).toBe('up');
  });
});
