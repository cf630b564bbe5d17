import { randomUUID } from 'node:crypto';
import { TransactionRunner } from '@tamago/database';
import { TestFacility, bearer, createActiveTenant, createFacility, uniqueEmail } from '../support/factories';
import { runCli } from '../support/cli';
import { TestApp, createTestApp } from '../support/test-app';

const cli = runCli;

describe('tenant users belong to a live tenant of their facility', () => {
  let t: TestApp;
  let f: TestFacility;
  let other: TestFacility;
  let active: string;
  let graduated: string;
  let withdrawn: string;
  let archived: string;
  let foreign: string;

  const tenant = (token: string, name: string) => createActiveTenant(t.http, token, name);
  const step = (id: string, body: object) =>
    t.http.post(`/api/v1/tenants/${id}/transitions`).set(bearer(f.adminToken)).send(body).expect(200);
  const invite = (tenantId: string, roles = ['tenant_admin']) =>
    t.http
      .post('/api/v1/users')
      .set(bearer(f.adminToken))
      .send({ email: uniqueEmail('portal'), name: '入居 花子', roles, tenantId });
  const userCount = async (facilityId: string) => {
    const rows = await t.app
      .get(TransactionRunner)
      .asSystem((em) => em.query('SELECT count(*)::int AS n FROM users WHERE facility_id = $1', [facilityId]));
    return (rows as { n: number }[])[0].n;
  };

  beforeAll(async () => {
    t = await createTestApp();
    f = await createFacility(t.app, t.http, '入居者ユーザー施設A');
    other = await createFacility(t.app, t.http, '入居者ユーザー施設B');
    active = await tenant(f.adminToken, '現役株式会社');
    graduated = await tenant(f.adminToken, '卒業株式会社');
    await step(graduated, { to: 'graduated', graduatedOn: '2026-03-31', reason: '事業拡大', destination: '市内' });
    withdrawn = await tenant(f.adminToken, '退去株式会社');
    await step(withdrawn, { to: 'withdrawn', withdrawnOn: '2026-03-31', reason: '移転' });
    archived = await tenant(f.adminToken, '保管株式会社');
    await t.http.post(`/api/v1/tenants/${archived}/archive`).set(bearer(f.adminToken)).expect(200);
    foreign = await tenant(other.adminToken, '他施設株式会社');
  });
  afterAll(() => t.close());

  it('invites a tenant user of an active tenant of the facility', async () => {
    const res = await invite(active, ['tenant_member']).expect(201);
    expect(res.body).toMatchObject({ tenantId: active, roles: ['tenant_member'], status: 'invited' });
  });

  it('answers 400 naming tenantId for an unknown tenant or one of another facility, writing nothing', async () => {
    const before = await userCount(f.facilityId);
    for (const id of [randomUUID(), foreign]) {
      const res = await invite(id).expect(400);
      expect(res.body.errors).toEqual([
        {
          field: 'tenantId',
          code: 'invalid',
          params: {},
          message: `この施設に ID ${id} の入居者はいません。`,
        },
      ]);
      expect(res.body.reason).toMatch(/\.tenantNotInFacility$/);
    }
    expect(await userCount(f.facilityId)).toBe(before);
  });

  it('answers 409 for a graduated, withdrawn or archived tenant, writing nothing', async () => {
    const before = await userCount(f.facilityId);
    const cases: [string, string, string][] = [
      [graduated, '卒業株式会社', 'graduated'],
      [withdrawn, '退去株式会社', 'withdrawn'],
      [archived, '保管株式会社', 'archived'],
    ];
    for (const [id, name, why] of cases) {
      const res = await invite(id).expect(409);
      expect(res.body.detail).toBe(
        why === 'archived'
          ? `入居者「${name}」はアーカイブ済みのため、新しいユーザーを追加できません。`
          : `入居者「${name}」は「${why}」の状態のため、新しいユーザーを追加できません。`,
      );
      expect(res.body.reason).toBe(
        why === 'archived' ? 'tenants.archivedTenantGetsNoUsers' : 'tenants.formerTenantGetsNoUsers',
      );
      expect(res.body.tenantId).toBe(id);
    }
    expect(await userCount(f.facilityId)).toBe(before);
  });

  it('user:create --tenant-id refuses an unknown, foreign or departed tenant and accepts a live one', async () => {
    const create = (tenantId: string) =>
      cli(
        'user:create',
        '--facility-id',
        f.facilityId,
        '--email',
        uniqueEmail('cli-portal'),
        '--password',
        'cli-password-789',
        '--role',
        'tenant_admin',
        '--tenant-id',
        tenantId,
      );
    const before = await userCount(f.facilityId);
    for (const id of [foreign, 'not-a-uuid']) {
      const res = create(id);
      expect(res.code).not.toBe(0);
      expect(res.stderr).toContain(`--tenant-id: No tenant of this facility has id ${id}.`);
    }
    const departed = create(graduated);
    expect(departed.code).not.toBe(0);
    expect(departed.stderr).toContain('Tenant 卒業株式会社 is graduated and can no longer get new users.');
    expect(await userCount(f.facilityId)).toBe(before);
    const ok = create(active);
    expect(ok.code).toBe(0);
    expect(await userCount(f.facilityId)).toBe(before + 1);
    // Each CLI run boots Nest in a child process: allow well over the default 5 s.
  }, 60_000);
});
