import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { startEmbeddedPostgres } from './embedded-postgres';
import { startEmbeddedRedis } from './embedded-redis';
import { tcpAnswers } from './probe';
import { LocalService } from './service-process';

/** Where a store came from: the environment, a server already on the local port, or started by us. */
export type StoreSource = 'set' | 'local' | 'embedded';

export interface LocalServicesOptions {
  /** DATABASE_URL / REDIS_URL as set in the environment (undefined when unset); a set one always wins. */
  databaseUrl?: string;
  redisUrl?: string;
  /** The ports a PostgreSQL / Redis of the machine's own is looked for on 127.0.0.1. */
  postgresPort: number;
  redisPort: number;
  /** Folder for the embedded stores' data and logs. */
  home: string;
  /** Test instances: nothing kept, folders removed at stop. */
  throwaway: boolean;
  /** False in production: never start a store, only use what is configured. */
  allowEmbedded: boolean;
}

export interface LocalServices {
  databaseUrl: string;
  redisUrl: string;
  database: StoreSource;
  redis: StoreSource;
  started: LocalService[];
  /** Stops what was started here (Redis and PostgreSQL), at most once. */
  stop(): Promise<void>;
}

/** The repository root: the nearest folder above this file holding a package.json. */
export function projectRoot(from = __dirname): string {
  let dir = from;
  while (!existsSync(join(dir, 'package.json')) && dirname(dir) !== dir) dir = dirname(dir);
  return dir;
}

/** `.tamago/` in the repository (TAMAGO_LOCAL_DIR): the embedded stores' data and logs, kept between runs. */
export function localHome(dir = '.tamago'): string {
  return resolve(projectRoot(), dir);
}

/**
 * Decides where PostgreSQL and Redis are, starting embedded ones when neither the environment
 * names one nor anything answers on the local port. Used by `npm start` and the Jest global setup.
 */
export async function provideLocalServices(o: LocalServicesOptions): Promise<LocalServices> {
  const logs = join(o.home, 'logs');
  const [pgLocal, redisLocal] = await Promise.all([
    o.databaseUrl ? false : tcpAnswers(o.postgresPort),
    o.redisUrl ? false : tcpAnswers(o.redisPort),
  ]);
  const database: StoreSource = o.databaseUrl ? 'set' : pgLocal || !o.allowEmbedded ? 'local' : 'embedded';
  const redis: StoreSource = o.redisUrl ? 'set' : redisLocal || !o.allowEmbedded ? 'local' : 'embedded';
  if (database === 'embedded' || redis === 'embedded') mkdirSync(logs, { recursive: true });
  const results = await Promise.allSettled([
    database === 'embedded'
      ? startEmbeddedPostgres({
          dataDir: join(o.home, 'postgres'),
          logFile: join(logs, 'postgres.log'),
          throwaway: o.throwaway,
        })
      : null,
    redis === 'embedded'
      ? startEmbeddedRedis({ dataDir: join(o.home, 'redis'), logFile: join(logs, 'redis.log'), throwaway: o.throwaway })
      : null,
  ]);
  const started = results.flatMap((r) => (r.status === 'fulfilled' && r.value ? [r.value] : []));
  let stopping: Promise<void> | undefined;
  const stop = () => (stopping ??= Promise.all(started.map((s) => s.stop())).then(() => undefined));
  const failure = results.find((r): r is PromiseRejectedResult => r.status === 'rejected');
  if (failure) {
    await stop();
    throw failure.reason;
  }
  const [pg, rd] = results.map((r) => (r as PromiseFulfilledResult<LocalService | null>).value);
  return {
    databaseUrl: o.databaseUrl ?? pg?.url ?? `postgres://postgres@127.0.0.1:${o.postgresPort}/tamago`,
    redisUrl: o.redisUrl ?? rd?.url ?? `redis://127.0.0.1:${o.redisPort}`,
    database,
    redis,
    started,
    stop,
  };
}
