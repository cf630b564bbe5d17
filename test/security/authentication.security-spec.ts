import { createHmac } from 'node:crypto';
import { JwtService } from '@nestjs/jwt';
import { TransactionRunner } from '@tamago/database';
import { Role } from '@tamago/identity';
import {
  TEST_PASSWORD,
  TestFacility,
  bearer,
  createFacility,
  createUser,
  login,
  uniqueEmail,
} from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';
import { createTenant } from '../support/tenants';

const b64 = (v: object | string) => Buffer.from(typeof v === 'string' ? v : JSON.stringify(v)).toString('base64url');

/** Authentication: tokens, refresh reuse, lockout and rate limit, one-time links, and no enumeration. */
describe('security: authentication', () => {
  let t: TestApp;
  let f: TestFacility;
  let other: TestFacility;
  let tenantOfA: string;

  const tokenFromMail = async (to: string, subject: RegExp, after: number) => {
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      const mails = t.smtp.messages.filter((m) => JSON.stringify(m.to).includes(to) && subject.test(m.subject ?? ''));
      if (mails.length > after) return /token=([A-Za-z0-9_-]+)/.exec(mails[mails.length - 1].text ?? '')![1];
      await new Promise((r) => setTimeout(r, 50));
    }
    throw new Error(`no new mail to ${to}`);
  };
  const mailsTo = (to: string, subject: RegExp) =>
    t.smtp.messages.filter((m) => JSON.stringify(m.to).includes(to) && subject.test(m.subject ?? '')).length;

  beforeAll(async () => {
    t = await createTestApp({ worker: true });
    f = await createFacility(t.app, t.http, '認証施設A');
    other = await createFacility(t.app, t.http, '認証施設B');
    tenantOfA = await createTenant(t.http, f.adminToken, {
      kind: 'support_client',
      name: '株式会社認証',
      nameKana: 'ニンショウ',
      tradeName: '認証',
    });
  });
  afterAll(() => t.close());

  it('refuses expired, forged (wrong key, alg none) and other-facility tokens', async () => {
    const jwt = t.app.get(JwtService);
    const claims = JSON.parse(Buffer.from(f.adminToken.split('.')[1], 'base64url').toString()) as Record<
      string,
      unknown
    >;
    const { sub, sid } = claims as { sub: string; sid: string };
    const expired = await jwt.signAsync({
      sub,
      sid,
      iat: Math.floor(Date.now() / 1000) - 3600,
      exp: Math.floor(Date.now() / 1000) - 60,
    });
    const wrongKey = await jwt.signAsync({ sub, sid }, { secret: 'w'.repeat(48) });
    const none = `${b64({ alg: 'none', typ: 'JWT' })}.${b64({ sub, sid, exp: Math.floor(Date.now() / 1000) + 600 })}.`;
    const hs = `${b64({ alg: 'HS256', typ: 'JWT' })}.${b64({ sub, sid })}`;
    const tampered = `${hs}.${createHmac('sha256', 'guess').update(hs).digest('base64url')}`;
    for (const token of [expired, wrongKey, none, tampered, 'garbage', `${f.adminToken}x`]) {
      const res = await t.http.get('/api/v1/me').set(bearer(token));
      expect(res.status).toBe(401);
      expect(res.body.code).toBe('unauthenticated');
    }
    await t.http.get(`/api/v1/tenants/${tenantOfA}`).set(bearer(other.adminToken)).expect(404);
    await t.http.get(`/api/v1/tenants/${tenantOfA}`).set(bearer(f.adminToken)).expect(200);
  });

  it('ends the whole login when a refresh token is used twice', async () => {
    const u = await createUser(t.app, t.http, f.facilityId, [Role.Accountant]);
    const first = (
      await t.http.post('/api/v1/auth/login').send({ email: u.email, password: TEST_PASSWORD }).expect(200)
    ).body;
    const second = (await t.http.post('/api/v1/auth/refresh').send({ refreshToken: first.refreshToken }).expect(200))
      .body;
    await t.http.post('/api/v1/auth/refresh').send({ refreshToken: first.refreshToken }).expect(401);
    await t.http.post('/api/v1/auth/refresh').send({ refreshToken: second.refreshToken }).expect(401);
    await t.http.get('/api/v1/me').set(bearer(second.accessToken)).expect(401);
  });

  it('holds the lockout and the rate limit against spoofed X-Forwarded-For', async () => {
    const u = await createUser(t.app, t.http, f.facilityId, [Role.Auditor]);
    for (let i = 0; i < 5; i++) {
      await t.http
        .post('/api/v1/auth/login')
        .set('X-Forwarded-For', `198.51.100.${i + 1}`)
        .send({ email: u.email, password: 'wrong-password-x' })
        .expect(401);
    }
    await t.http
      .post('/api/v1/auth/login')
      .set('X-Forwarded-For', '198.51.100.99')
      .send({ email: u.email, password: TEST_PASSWORD })
      .expect(401);
    // Its own Redis prefix: this file's earlier logins from 127.0.0.1 must not count against the limit.
    const prefix = process.env.REDIS_PREFIX!;
    const limited = await createTestApp({
      env: { LOGIN_RATE_LIMIT_PER_MINUTE: '3', REDIS_PREFIX: `${prefix}-ratelimit-${Date.now()}` },
    });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 5; i++) {
        const res = await limited.http
          .post('/api/v1/auth/login')
          .set('X-Forwarded-For', `203.0.113.${i + 1}`)
          .set('X-Real-IP', `203.0.113.${i + 1}`)
          .send({ email: 'nobody@example.test', password: 'whatever-1' });
        statuses.push(res.status);
      }
      expect(statuses.slice(0, 3)).toEqual([401, 401, 401]);
      expect(statuses.slice(3)).toEqual([429, 429]);
    } finally {
      await limited.close();
      process.env.LOGIN_RATE_LIMIT_PER_MINUTE = '10000';
      process.env.REDIS_PREFIX = prefix;
    }
  });

  it('makes reset links single-use, expiring and superseded by a newer reset or a password change', async () => {
    const u = await createUser(t.app, t.http, f.facilityId, [Role.Advisor]);
    const subject = /パスワード/;
    const request = async () => {
      const before = mailsTo(u.email, subject);
      await t.http.post('/api/v1/auth/password-reset/request').send({ email: u.email }).expect(202);
      return tokenFromMail(u.email, subject, before);
    };
    const confirm = (token: string, password: string) =>
      t.http.post('/api/v1/auth/password-reset/confirm').send({ token, password });
    const older = await request();
    const newer = await request();
    expect((await confirm(older, 'superseded-pass-1')).status).toBe(400);
    expect((await confirm(newer, 'reset-password-1')).status).toBe(204);
    expect((await confirm(newer, 'reset-password-2')).status).toBe(400);
    const token = await login(t.http, u.email, 'reset-password-1');
    const pending = await request();
    await t.http
      .post('/api/v1/me/password')
      .set(bearer(token))
      .send({ currentPassword: 'reset-password-1', newPassword: 'changed-password-1' })
      .expect(204);
    expect((await confirm(pending, 'after-change-1')).status).toBe(400);
    const expiring = await request();
    await t.app
      .get(TransactionRunner)
      .asSystem((em) =>
        em.query(
          `UPDATE user_tokens SET expires_at = now() - interval '1 minute' WHERE used_at IS NULL AND user_id = $1`,
          [u.userId],
        ),
      );
    expect((await confirm(expiring, 'expired-pass-1')).status).toBe(400);
    await login(t.http, u.email, 'changed-password-1');
  });

  it('makes invitation links single-use and superseded', async () => {
    const email = uniqueEmail('invited');
    await t.http
      .post('/api/v1/users')
      .set(bearer(f.adminToken))
      .send({ email, name: '招待 太郎', roles: [Role.Auditor] })
      .expect(201);
    const token = await tokenFromMail(email, /招待/, 0);
    const accept = (password: string) => t.http.post('/api/v1/auth/invitations/accept').send({ token, password });
    expect((await accept('invited-pass-1')).status).toBe(204);
    expect((await accept('invited-pass-2')).status).toBe(400);
    await login(t.http, email, 'invited-pass-1');
  });

  it('tells nobody which addresses have accounts: same status and body for locked, unknown, invited elsewhere', async () => {
    const u = await createUser(t.app, t.http, f.facilityId, [Role.Accountant]);
    for (let i = 0; i < 5; i++)
      await t.http.post('/api/v1/auth/login').send({ email: u.email, password: 'wrong-password-x' });
    const strip = (b: Record<string, unknown>) => ({ ...b, requestId: undefined });
    const locked = await t.http.post('/api/v1/auth/login').send({ email: u.email, password: TEST_PASSWORD });
    const unknown = await t.http
      .post('/api/v1/auth/login')
      .send({ email: uniqueEmail('ghost'), password: TEST_PASSWORD });
    expect(locked.status).toBe(unknown.status);
    expect(strip(locked.body)).toEqual(strip(unknown.body));
    const realReset = await t.http.post('/api/v1/auth/password-reset/request').send({ email: u.email });
    const ghostReset = await t.http.post('/api/v1/auth/password-reset/request').send({ email: uniqueEmail('ghost') });
    expect([realReset.status, realReset.text]).toEqual([ghostReset.status, ghostReset.text]);
    // Another facility inviting the taken address gets the answer of a fresh invitation (issue 14:
    // it was a 409, which told that facility the address has an account): same status, same body
    // shape, no constraint or schema names. Nothing is created there; the owner is told by mail.
    const fresh = await t.http
      .post('/api/v1/users')
      .set(bearer(other.adminToken))
      .send({ email: uniqueEmail('fresh'), name: 'x', roles: [Role.Auditor] });
    const noticesBefore = mailsTo(u.email, /招待について/);
    const taken = await t.http
      .post('/api/v1/users')
      .set(bearer(other.adminToken))
      .send({ email: u.email, name: 'x', roles: [Role.Auditor] });
    expect(taken.status).toBe(fresh.status);
    expect(fresh.status).toBe(201);
    expect(Object.keys(taken.body).sort()).toEqual(Object.keys(fresh.body).sort());
    expect(taken.body).toMatchObject({ email: u.email, status: 'invited', facilityId: other.facilityId });
    expect(JSON.stringify(taken.body)).not.toMatch(/users_|_unique|constraint|UQ_|IDX_|duplicate/i);
    const listed = await t.http.get('/api/v1/users').query({ q: u.email }).set(bearer(other.adminToken)).expect(200);
    expect(listed.body.items.map((x: { email: string }) => x.email)).not.toContain(u.email);
    const deadline = Date.now() + 15_000;
    while (mailsTo(u.email, /招待について/) === noticesBefore && Date.now() < deadline)
      await new Promise((r) => setTimeout(r, 50));
    expect(mailsTo(u.email, /招待について/)).toBe(noticesBefore + 1);
    // Timing: the reset answer does no account work (one code path for both); the medians are printed, not asserted.
    const median = async (email: string) => {
      const times: number[] = [];
      for (let i = 0; i < 7; i++) {
        const start = process.hrtime.bigint();
        await t.http.post('/api/v1/auth/password-reset/request').send({ email }).expect(202);
        times.push(Number(process.hrtime.bigint() - start) / 1e6);
      }
      return times.sort((x, y) => x - y)[3];
    };
    const real = await median(u.email);
    const ghost = await median(uniqueEmail('ghost'));
    console.log(`reset request medians: real ${real.toFixed(1)} ms, unknown ${ghost.toFixed(1)} ms`);
  });
});
