import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TransactionRunner } from '@tamago/database';
import { bearer, login, uniqueEmail } from '../support/factories';
import { runCli, runCliWith } from '../support/cli';
import { TestApp, createTestApp } from '../support/test-app';

const cli = runCli;

describe('operator CLI', () => {
  let t: TestApp;

  beforeAll(async () => {
    t = await createTestApp();
  });
  afterAll(() => t.close());

  it('facility:create prints the ids as its last line and the admin can log in', async () => {
    const email = uniqueEmail('cli-admin');
    const res = cli(
      'facility:create',
      '--name',
      'CLI施設',
      '--admin-email',
      email,
      '--admin-password',
      'cli-password-123',
    );
    expect(res.code).toBe(0);
    const last = JSON.parse(res.stdout.trim().split('\n').pop()!);
    expect(last).toEqual({ facilityId: expect.any(String), adminUserId: expect.any(String) });
    const token = await login(t.http, email, 'cli-password-123');
    const me = await t.http.get('/api/v1/me').set(bearer(token)).expect(200);
    expect(me.body).toMatchObject({ id: last.adminUserId, facilityId: last.facilityId, roles: ['facility_admin'] });

    const user = cli(
      'user:create',
      '--facility-id',
      last.facilityId,
      '--email',
      uniqueEmail('cli-im'),
      '--password',
      'cli-password-456',
      '--role',
      'incubation_manager',
    );
    expect(user.code).toBe(0);
    const rows: unknown[] = await t.app
      .get(TransactionRunner)
      .inFacility(last.facilityId, (em) => em.query('SELECT id FROM users'));
    expect(rows).toHaveLength(2);
  });

  it('refuses bad arguments with a clear message and a non-zero exit', () => {
    const missing = cli('facility:create', '--name', 'X', '--admin-password', 'long-enough-1');
    expect(missing.code).not.toBe(0);
    expect(missing.stderr).toMatch(/--admin-email is required/);
    const badEmail = cli(
      'facility:create',
      '--name',
      'X',
      '--admin-email',
      'nope',
      '--admin-password',
      'long-enough-1',
    );
    expect(badEmail.code).not.toBe(0);
    expect(badEmail.stderr).toMatch(/--admin-email/);
    const badRole = cli(
      'user:create',
      '--facility-id',
      '00000000-0000-4000-8000-000000000000',
      '--email',
      'a@b.test',
      '--password',
      'long-enough-1',
      '--role',
      'king',
    );
    expect(badRole.code).not.toBe(0);
    expect(badRole.stderr).toMatch(/--role/);
    const unknown = cli('no-such-command');
    expect(unknown.code).not.toBe(0);
    expect(unknown.stderr).toMatch(/^Error: unknown command 'no-such-command'/);
    expect(unknown.stderr).toMatch(/^ {2}facility:create /m);
    expect(cli('seed-demo').stderr).toMatch(/^Error: unknown command 'seed-demo' \(did you mean seed:demo\?\)/);
  });

  it('prints its commands for --help, help or nothing, without a database', () => {
    // A database that does not exist: help must not try it (it used to retry the connection).
    const env = { DATABASE_URL: 'postgres://postgres@127.0.0.1:5432/tamago_no_such_database' };
    const outputs = [[], ['--help'], ['-h'], ['help']].map((args) => runCliWith(env, ...args));
    for (const out of outputs) {
      expect(out.code).toBe(0);
      expect(out.stderr).toBe('');
      expect(out.stdout).toBe(outputs[0].stdout);
    }
    const listed = [...outputs[0].stdout.matchAll(/^ {2}(\S+)/gm)].map((m) => m[1]);
    expect(listed).toEqual([
      'start',
      'reset-local',
      'migrate',
      'migration:generate',
      'backup',
      'restore',
      'start:prepare',
      'facility:create',
      'user:create',
      'seed:demo',
      'jobs:run',
      'jobs:schedules',
    ]);
    expect(outputs[0].stdout).toMatch(/^ {2}jobs:run <job> +Run a job now and wait for it/m);
    // Each one the README's operator table names is listed.
    const readme = readFileSync(join(__dirname, '../../README.md'), 'utf8');
    const table = readme.slice(readme.indexOf('## Operator CLI'), readme.indexOf('Bad arguments print'));
    const documented = [...table.matchAll(/^\| `([^` ]+)/gm)].map((m) => m[1]);
    expect(documented.length).toBeGreaterThan(5);
    for (const name of documented) expect(listed).toContain(name);
  });
});
