import { ChildProcess, spawn, spawnSync } from 'node:child_process';
import { join } from 'node:path';
import request from 'supertest';
import TestAgent from 'supertest/lib/agent';
import { freePort } from '../../../apps/cli/src/local-services/probe';
import { FaultStores } from './stores';

const DIST = join(__dirname, '../../../dist/apps');
const API = join(DIST, 'api/src/main.js');
const WORKER = join(DIST, 'worker/src/main.js');
const CLI = join(DIST, 'cli/src/main.js');

/** A built API or worker running as a child process, so it can be killed as a machine would kill it. */
export class Proc {
  output = '';
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;

  constructor(
    readonly name: string,
    readonly child: ChildProcess,
    readonly port?: number,
  ) {
    child.stdout!.on('data', (d: Buffer) => (this.output += d.toString()));
    child.stderr!.on('data', (d: Buffer) => (this.output += d.toString()));
    this.exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve({ code, signal })));
  }

  get alive(): boolean {
    return this.child.exitCode === null && this.child.signalCode === null;
  }

  get http(): TestAgent {
    return request(`http://127.0.0.1:${this.port}`);
  }

  async ready(marker: string, timeoutMs = 90_000): Promise<this> {
    const deadline = Date.now() + timeoutMs;
    while (!this.output.includes(marker)) {
      if (!this.alive) throw new Error(`${this.name} exited before it was ready:\n${this.output}`);
      if (Date.now() > deadline) throw new Error(`${this.name} not ready within ${timeoutMs} ms:\n${this.output}`);
      await new Promise((r) => setTimeout(r, 100));
    }
    return this;
  }

  /** SIGKILL: no shutdown hook runs, locks and transactions are left to lapse. */
  async kill(): Promise<void> {
    if (this.alive) this.child.kill('SIGKILL');
    await this.exited;
  }

  /** SIGTERM and the exit code it ends with. */
  async terminate(): Promise<{ code: number | null; signal: NodeJS.Signals | null }> {
    if (this.alive) this.child.kill('SIGTERM');
    return this.exited;
  }
}

/** The environment of the product's processes on a file's stores. */
export function productEnv(stores: FaultStores, smtpUrl: string, extra: Record<string, string> = {}) {
  return {
    ...process.env,
    // Not 'test', which silences the log: a failing case shows the processes' errors.
    NODE_ENV: 'development',
    JOB_SCHEDULES: 'false',
    DATABASE_URL: stores.url(),
    REDIS_URL: stores.redisUrl,
    REDIS_PREFIX: 'faults',
    SMTP_URL: smtpUrl,
    TAMAGO_DEMO: 'false',
    LOG_LEVEL: 'error',
    LOGIN_RATE_LIMIT_PER_MINUTE: '10000',
    // A killed worker's job is found stalled and retried within seconds, not the default 30 (not less: a busy
    // machine must not make a live worker's job look stalled).
    JOB_LOCK_MS: '4000',
    JOB_DRAIN_MS: '15000',
    ...extra,
  };
}

export async function startApi(env: NodeJS.ProcessEnv, name = 'api'): Promise<Proc> {
  const port = await freePort();
  const child = spawn(process.execPath, [API], {
    env: { ...env, PORT: String(port) },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  return new Proc(name, child, port).ready('Tamago API listening');
}

export async function startWorker(env: NodeJS.ProcessEnv, name = 'worker'): Promise<Proc> {
  const child = spawn(process.execPath, [WORKER], { env, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Proc(name, child).ready('Tamago worker started');
}

/** Runs the built operator CLI and answers its output; throws when it fails. */
export function cli(env: NodeJS.ProcessEnv, ...args: string[]): string {
  const res = spawnSync(process.execPath, [CLI, ...args], { env, encoding: 'utf8', timeout: 120_000 });
  if (res.status !== 0) throw new Error(`cli ${args.join(' ')} failed (${res.status}):\n${res.stderr}${res.stdout}`);
  return res.stdout;
}
