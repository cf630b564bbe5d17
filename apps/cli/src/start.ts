import { ChildProcess, spawn } from 'node:child_process';
import { get } from 'node:http';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { AppConfig } from '@tamago/config';
import { startupBanner } from './banner';
import { LocalServices, localHome, provideLocalServices } from './local-services/local-services';
import { waitUntil } from './local-services/probe';
import { removeRunFile, writeRunFile } from './local-services/run-file';
import { LocalServiceError, hasExited, stopChild } from './local-services/service-process';
import type { PrepareReport } from './prepare';

const DIST = join(__dirname, '../..');
const CLI_MAIN = join(__dirname, 'main.js');
const ORPHAN_GUARD = join(__dirname, 'local-services/orphan-guard.js');

type Env = Record<string, string | undefined>;

/**
 * The supervising process of `npm start`. It stays light: it never loads the application, only
 * starts the local stores when needed and spawns the processes that do the work.
 */
class Supervisor {
  private readonly children = new Set<ChildProcess>();
  private readonly cleanups: (() => Promise<void>)[] = [];
  private readonly kills: (() => void)[] = [];
  private stopping: Promise<never> | undefined;

  constructor() {
    process.on('SIGINT', () => void this.stop(0));
    process.on('SIGTERM', () => void this.stop(0));
    process.on('SIGHUP', () => void this.stop(0));
    // Last resort, on a crash of this process: never leave a child of ours behind.
    process.on('exit', () => {
      for (const child of this.children) if (!hasExited(child)) child.kill('SIGTERM');
      for (const kill of this.kills) kill();
    });
  }

  get isStopping(): boolean {
    return this.stopping !== undefined;
  }

  /** `cleanup` runs at an orderly stop (in reverse order of registration), `kill` at a crash. */
  onStop(cleanup: () => Promise<void>, kill?: () => void): void {
    this.cleanups.push(cleanup);
    if (kill) this.kills.push(kill);
  }

  /**
   * Spawns a process in a process group of its own (a Ctrl-C reaches only us, and we stop the
   * API and worker before the stores they use), relaying its output line by line.
   */
  spawn(
    name: string,
    args: string[],
    env: Env,
    opts: { onLine?: (line: string) => void; oneShot?: boolean } = {},
  ): ChildProcess {
    const child = spawn(process.execPath, args, { env, detached: true, stdio: ['ignore', 'pipe', 'pipe', 'ipc'] });
    this.children.add(child);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      process.stdout.write(`${line}\n`);
      opts.onLine?.(line);
    });
    createInterface({ input: child.stderr! }).on('line', (line) => process.stderr.write(`${line}\n`));
    child.on('exit', (code, signal) => {
      this.children.delete(child);
      if (this.isStopping || opts.oneShot) return;
      console.error(`Tamago ${name} stopped (${signal ?? `exit code ${code}`}); stopping the others.`);
      void this.stop(code || 1);
    });
    return child;
  }

  /** Runs a one-shot step to its end; resolves with its IPC message, or stops everything if it fails. */
  async step<T>(name: string, args: string[], env: Env): Promise<T | undefined> {
    const child = this.spawn(name, args, env, { oneShot: true });
    let message: T | undefined;
    child.on('message', (m) => (message = m as T));
    const code = await new Promise<number | null>((resolve) => child.once('exit', (c) => resolve(c)));
    if (code !== 0 && !this.isStopping) {
      console.error(`Tamago ${name} failed (exit code ${code}).`);
      await this.stop(1);
    }
    return message;
  }

  /** Stops the API and worker (30 s each to finish their work), then the stores, then exits; the first call wins. */
  stop(code: number): Promise<never> {
    this.stopping ??= (async () => {
      console.error('Stopping Tamago…');
      await Promise.all([...this.children].map((c) => stopChild(c, 'SIGTERM', 30_000)));
      for (const cleanup of this.cleanups.reverse()) await cleanup().catch(() => undefined);
      console.error('Tamago stopped.');
      process.exit(code);
    })();
    return this.stopping;
  }
}

function healthy(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const req = get({ host: '127.0.0.1', port, path: '/health', timeout: 2000 }, (res) => {
      res.resume();
      resolve(res.statusCode === 200);
    });
    req.on('error', () => resolve(false));
    req.on('timeout', () => req.destroy());
  });
}

/**
 * `npm start`: finds or starts PostgreSQL and Redis, migrates the database and seeds the demo in
 * a one-shot process, then runs the API and the worker; Ctrl-C or SIGTERM stops everything,
 * embedded stores last. `env` is the raw environment, to tell a set DATABASE_URL from the default.
 */
export async function startAll(config: AppConfig, env: Env): Promise<void> {
  const started = Date.now();
  const sup = new Supervisor();
  const home = localHome(config.TAMAGO_LOCAL_DIR);
  const pending = provideLocalServices({
    databaseUrl: env.DATABASE_URL,
    redisUrl: env.REDIS_URL,
    postgresPort: config.TAMAGO_LOCAL_POSTGRES_PORT,
    redisPort: config.TAMAGO_LOCAL_REDIS_PORT,
    home,
    throwaway: false,
    allowEmbedded: !config.isProduction,
  });
  // Registered before the stores are up, so that a stop during their start still stops them.
  sup.onStop(async () => (await pending.catch(() => null))?.stop());
  let services: LocalServices;
  try {
    services = await pending;
  } catch (e) {
    if (!(e instanceof LocalServiceError)) throw e;
    console.error(e.message);
    return sup.stop(1);
  }
  sup.onStop(
    async () => undefined,
    () => services.started.forEach((s) => s.kill()),
  );
  if (services.started.length) {
    writeRunFile(home, { pid: process.pid, databaseUrl: services.databaseUrl, redisUrl: services.redisUrl });
    sup.onStop(async () => removeRunFile(home, process.pid));
  }
  const childEnv: Env = { ...env, DATABASE_URL: services.databaseUrl, REDIS_URL: services.redisUrl };
  if (!config.isProduction && process.stdout.isTTY) childEnv.FORCE_COLOR ??= '1';

  const report = await sup.step<PrepareReport>('database preparation', [CLI_MAIN, 'start:prepare'], childEnv);
  if (sup.isStopping) return;
  let workersReady = 0;
  // API_PROCESSES > 1: the API process forks them itself (node:cluster, one port).
  const api = sup.spawn('API', ['--require', ORPHAN_GUARD, join(DIST, 'api/src/main.js')], childEnv);
  const workers = Array.from({ length: config.WORKER_PROCESSES }, (_, i) =>
    sup.spawn(
      config.WORKER_PROCESSES > 1 ? `worker ${i + 1}` : 'worker',
      ['--require', ORPHAN_GUARD, join(DIST, 'worker/src/main.js')],
      childEnv,
      {
        onLine: (l) => {
          if (l.includes('Tamago worker started')) workersReady += 1;
        },
      },
    ),
  );
  const worker = workers[0];
  try {
    await waitUntil(
      async () => workersReady >= workers.length && (await healthy(config.PORT)),
      () => (sup.isStopping ? 'stopping' : null),
      180_000,
      'Tamago',
    );
  } catch (e) {
    if (sup.isStopping) return;
    console.error(`${(e as Error).message}; stopping.`);
    return sup.stop(1);
  }
  if (config.isProduction) {
    console.log(
      `Tamago started: API (pid ${api.pid}, ${config.API_PROCESSES} process(es)) on port ${config.PORT}, ` +
        `worker(s) (pid ${workers.map((w) => w.pid).join(', ')})`,
    );
    return;
  }
  console.log(
    startupBanner({
      config,
      services,
      api: api.pid!,
      worker: worker.pid!,
      seconds: (Date.now() - started) / 1000,
      demo: report?.demo ?? null,
    }),
  );
}
