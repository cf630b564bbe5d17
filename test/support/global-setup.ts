import './paths';
import { randomBytes } from 'node:crypto';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig } from '@tamago/config';
import { migrate } from '../../apps/cli/src/migration-commands';
import { LocalServices, provideLocalServices } from '../../apps/cli/src/local-services/local-services';

/** What the teardown needs from the setup (Jest runs both in one process). */
export interface TestServices {
  services: LocalServices;
  home: string;
}

declare global {
  var __TAMAGO_TEST_SERVICES__: TestServices | undefined;
}

/**
 * One fresh database and one Redis key prefix per test run, so runs can repeat, overlap
 * each other, and run beside `npm start` on the same PostgreSQL and Redis. Those are the shared
 * ones when they answer (or the ones TEST_DATABASE_URL / DATABASE_URL / REDIS_URL name), else
 * throwaway embedded instances started here and stopped by the teardown.
 */
export default async function globalSetup(): Promise<void> {
  const run = `${process.pid}_${randomBytes(3).toString('hex')}`;
  const config = loadConfig({ ...process.env, NODE_ENV: 'test' });
  const home = mkdtempSync(join(tmpdir(), 'tamago-test-'));
  chmodSync(home, 0o755); // the embedded PostgreSQL may run as an unprivileged account
  const services = await provideLocalServices({
    databaseUrl: process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL,
    redisUrl: process.env.REDIS_URL,
    postgresPort: config.TAMAGO_LOCAL_POSTGRES_PORT,
    redisPort: config.TAMAGO_LOCAL_REDIS_PORT,
    home,
    throwaway: true,
    allowEmbedded: true,
  });
  globalThis.__TAMAGO_TEST_SERVICES__ = { services, home };
  const base = new URL(services.databaseUrl);
  base.pathname = `/tamago_test_${run}`;
  process.env.DATABASE_URL = base.toString();
  process.env.REDIS_URL = services.redisUrl;
  process.env.REDIS_PREFIX = `tamago-test-${run}`;
  process.env.NODE_ENV = 'test';
  process.env.TAMAGO_DEMO = 'false';
  process.env.LOG_LEVEL = 'silent';
  // Every test logs in from 127.0.0.1; the rate-limit test lowers this for its own app.
  process.env.LOGIN_RATE_LIMIT_PER_MINUTE = '10000';
  if (services.started.length)
    console.log(
      `\nTests use ${services.started.map((s) => `${s.name} (${s.url})`).join(' and ')}, started for this run.`,
    );
  await migrate(base.toString());
}
