import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { chmodSync, chownSync, closeSync, mkdirSync, mkdtempSync, openSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { freePort, tcpAnswers } from '../../../apps/cli/src/local-services/probe';
import { migrate } from '../../../apps/cli/src/migration-commands';

/** The Debian PostgreSQL 15 binaries (the same major version as the shared server and pg_dump). */
export const PG_BIN = '/usr/lib/postgresql/15/bin';

interface Account {
  uid: number;
  gid: number;
}

/** PostgreSQL refuses root: as root, run its tools as the system `postgres` account. */
function postgresAccount(): Account | undefined {
  if (process.getuid?.() !== 0) return undefined;
  const line = readFileSync('/etc/passwd', 'utf8')
    .split('\n')
    .find((l) => l.startsWith('postgres:'));
  if (!line) throw new Error('running as root needs a postgres account for initdb');
  const [, , uid, gid] = line.split(':');
  return { uid: Number(uid), gid: Number(gid) };
}

function run(file: string, args: string[], account: Account | undefined): string {
  const res = spawnSync(join(PG_BIN, file), args, {
    uid: account?.uid,
    gid: account?.gid,
    encoding: 'utf8',
    env: { ...process.env, LC_ALL: 'C' },
    timeout: 60_000,
  });
  if (res.status !== 0) throw new Error(`${file} ${args.join(' ')} failed: ${res.stderr}${res.stdout}`);
  return res.stdout;
}

/**
 * A throwaway PostgreSQL cluster and Redis of one fault-suite file, on spare ports, so stopping,
 * restarting and killing them never touches the shared servers at 5432 / 6379.
 */
export class FaultStores {
  readonly home: string;
  pgPort = 0;
  redisPort = 0;
  private readonly account = postgresAccount();
  private redis?: ChildProcess;

  constructor(label: string) {
    this.home = mkdtempSync(join(tmpdir(), `tamago-faults-${label}-`));
    chmodSync(this.home, 0o755);
  }

  get pgData(): string {
    return join(this.home, 'pg');
  }

  /** postgres:// URL of a database in the cluster. */
  url(database = 'tamago'): string {
    return `postgres://postgres@127.0.0.1:${this.pgPort}/${database}`;
  }

  get redisUrl(): string {
    return `redis://127.0.0.1:${this.redisPort}`;
  }

  /** initdb, start PostgreSQL and Redis, create and migrate the `tamago` database. */
  async start(): Promise<void> {
    mkdirSync(this.pgData, { mode: 0o700 });
    if (this.account) chownSync(this.pgData, this.account.uid, this.account.gid);
    run(
      'initdb',
      ['-D', this.pgData, '-U', 'postgres', '-A', 'trust', '-E', 'UTF8', '--locale=C', '--no-sync', '-N'],
      this.account,
    );
    [this.pgPort, this.redisPort] = [await freePort(), await freePort()];
    this.startPostgres();
    await this.startRedis();
    await migrate(this.url());
  }

  /** pg_ctl start, waiting until it accepts sessions. */
  startPostgres(): void {
    const opts = [
      `-p ${this.pgPort}`,
      '-h 127.0.0.1',
      `-k ${this.pgData}`,
      '-F',
      '-c max_connections=200',
      '-c synchronous_commit=off',
      '-c full_page_writes=off',
    ].join(' ');
    run(
      'pg_ctl',
      ['-D', this.pgData, '-l', join(this.pgData, 'log'), '-o', opts, '-w', '-t', '60', 'start'],
      this.account,
    );
  }

  /** pg_ctl stop -m fast: ends every session, as a failover or a restart of the server would. */
  stopPostgres(): void {
    run('pg_ctl', ['-D', this.pgData, '-m', 'fast', '-w', '-t', '60', 'stop'], this.account);
  }

  /** Redis with an append-only file, so a restart keeps its queues (as a production Redis would). */
  async startRedis(): Promise<void> {
    const dir = join(this.home, 'redis');
    mkdirSync(dir, { recursive: true });
    const log = openSync(join(this.home, 'redis.log'), 'a');
    const args = ['--port', String(this.redisPort), '--bind', '127.0.0.1', '--dir', dir, '--save', ''];
    args.push('--appendonly', 'yes', '--appendfsync', 'always', '--daemonize', 'no');
    try {
      this.redis = spawn('redis-server', args, { stdio: ['ignore', log, log] });
    } finally {
      closeSync(log);
    }
    await until(() => tcpAnswers(this.redisPort), 'Redis to listen', 20_000);
  }

  /** Stops Redis (SIGTERM: it writes its append-only file and exits). */
  async stopRedis(): Promise<void> {
    const child = this.redis;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    const exited = new Promise((r) => child.once('exit', r));
    child.kill('SIGTERM');
    await exited;
  }

  /** Runs SQL in a database of the cluster as the superuser (the test's own view of the data). */
  async sql<T = Record<string, unknown>>(text: string, params: unknown[] = [], database = 'tamago'): Promise<T[]> {
    const client = new Client({ connectionString: this.url(database) });
    await client.connect();
    try {
      return (await client.query(text, params)).rows as T[];
    } finally {
      await client.end();
    }
  }

  async stop(): Promise<void> {
    await this.stopRedis();
    try {
      this.stopPostgres();
    } catch {
      // already stopped
    }
    rmSync(this.home, { recursive: true, force: true });
  }
}

/** Polls until `check` holds (bounded). */
export async function until(check: () => Promise<unknown>, what: string, timeoutMs = 30_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    if (await check().catch(() => false)) return;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
