import { ChildProcess, spawn } from 'node:child_process';
import { chmodSync, existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { freePort, tcpAnswers } from '../../apps/cli/src/local-services/probe';
import { ContractValidator } from '../support/contract-validator';

const CLI = join(__dirname, '../../dist/apps/cli/src/main.js');
const FIRST_RUN_MS = 300_000;

/** Every process whose command line mentions `text` (the run's own folder), from /proc. */
function processesMentioning(text: string): string[] {
  return readdirSync('/proc')
    .filter((d) => /^\d+$/.test(d) && Number(d) !== process.pid)
    .flatMap((pid) => {
      try {
        const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8').replace(/\0/g, ' ');
        return cmd.includes(text) ? [`${pid} ${cmd}`] : [];
      } catch {
        return [];
      }
    });
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

/** Resolves with everything printed up to the start-up screen's last line, or rejects when the start fails. */
function startUpScreen(child: ChildProcess, output: { text: string }): Promise<string> {
  return new Promise((resolve, reject) => {
    const onData = (b: Buffer) => {
      output.text += b.toString();
      if (/Stop\s+Ctrl-C.*\n─+\n/.test(output.text)) resolve(output.text);
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (b: Buffer) => (output.text += b.toString()));
    child.once('exit', (code) => reject(new Error(`npm start exited (${code}) before it was ready:\n${output.text}`)));
  });
}

/**
 * The first run on a machine with nothing of ours: DATABASE_URL and REDIS_URL unset, and the
 * default ports of PostgreSQL and Redis pointed (TAMAGO_LOCAL_*_PORT, the same configuration
 * `npm start` reads) at ports nothing listens on, so the built start command starts its own.
 */
describe('first run on a bare machine (npm start)', () => {
  let home: string;
  let child: ChildProcess | undefined;

  beforeAll(() => {
    home = mkdtempSync(join(tmpdir(), 'tamago-first-run-'));
    chmodSync(home, 0o755); // as root, the embedded PostgreSQL runs as an unprivileged account
  });

  afterAll(() => {
    if (child && child.exitCode === null) child.kill('SIGKILL');
    rmSync(home, { recursive: true, force: true });
  });

  it(
    'starts embedded PostgreSQL and Redis, serves the demo, and leaves nothing behind on SIGTERM',
    async () => {
      const [port, noPostgres, noRedis] = [await freePort(), await freePort(), await freePort()];
      const env: Record<string, string | undefined> = {
        ...process.env,
        NODE_ENV: 'development',
        PORT: String(port),
        TAMAGO_DEMO: 'true',
        LOG_LEVEL: 'info',
        TAMAGO_LOCAL_POSTGRES_PORT: String(noPostgres),
        TAMAGO_LOCAL_REDIS_PORT: String(noRedis),
        TAMAGO_LOCAL_DIR: home,
        REDIS_PREFIX: 'tamago',
      };
      delete env.DATABASE_URL;
      delete env.REDIS_URL;
      delete env.FORCE_COLOR;

      const started = Date.now();
      child = spawn(process.execPath, [CLI, 'start'], { env, stdio: ['ignore', 'pipe', 'pipe'] });
      const output = { text: '' };
      const screen = await startUpScreen(child, output);
      const seconds = (Date.now() - started) / 1000;
      console.log(`First run (initdb, migrations, demo seed, API and worker) ready in ${seconds.toFixed(1)} s`);

      // The start-up screen says what runs and where.
      expect(screen).toContain(`Open       http://localhost:${port}`);
      expect(screen).toMatch(/Database {3}embedded PostgreSQL started for you/);
      expect(screen).toMatch(/Redis {6}redis-server started for you/);
      expect(screen).toContain('Demo login admin@demo.example.jp / tamago-demo-2026');
      // Nest's route mapping is debug chatter, not part of the start-up screen.
      expect(screen).not.toMatch(/Mapped \{/);
      const pids = [...screen.matchAll(/pid (\d+)/g)].map((m) => Number(m[1]));
      const ports = [...screen.matchAll(/127\.0\.0\.1:(\d+)/g)].map((m) => Number(m[1]));
      expect(pids).toHaveLength(4); // API, worker, PostgreSQL, Redis
      expect(ports).toHaveLength(2); // PostgreSQL, Redis
      expect(ports).not.toContain(noPostgres);
      expect(ports).not.toContain(noRedis);

      const http = request(`http://127.0.0.1:${port}`);
      await http.get('/health').expect(200);
      const login = await http
        .post('/api/v1/auth/login')
        .send({ email: 'admin@demo.example.jp', password: 'tamago-demo-2026' })
        .expect(200);
      expect(login.body.accessToken).toEqual(expect.any(String));
      const facility = await http.get('/api/v1/facility').set('Authorization', `Bearer ${login.body.accessToken}`);
      expect(facility.status).toBe(200);
      expect(facility.body.name).toContain('デモ');
      // The started app answers as the OpenAPI document says, like the test app (#9).
      const contract = new ContractValidator(
        JSON.parse(readFileSync(join(__dirname, '../../libs/api-client/openapi.json'), 'utf8')),
      );
      for (const [method, url, res] of [
        ['POST', '/api/v1/auth/login', login],
        ['GET', '/api/v1/facility', facility],
      ] as const) {
        contract.check(method, url, res.status, res.headers['content-type'], res.text);
      }
      expect(contract.violations).toEqual([]);

      const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
      child.kill('SIGTERM');
      expect(await exited).toBe(0);

      for (const pid of [child.pid!, ...pids]) expect([pid, alive(pid)]).toEqual([pid, false]);
      for (const p of [port, ...ports]) expect([p, await tcpAnswers(p)]).toEqual([p, false]);
      expect(processesMentioning(home)).toEqual([]);
      // Nor the watchers that would have stopped the stores had npm start died.
      expect(processesMentioning('while kill -0').filter((c) => c.includes(` ${child!.pid} `))).toEqual([]);
      // The data stays for the next start.
      expect(existsSync(join(home, 'postgres', 'PG_VERSION'))).toBe(true);
      expect(existsSync(join(home, 'run.json'))).toBe(false);
    },
    FIRST_RUN_MS,
  );
});
