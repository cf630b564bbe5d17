import './paths';
import { randomBytes } from 'node:crypto';
import { migrate } from '../../apps/cli/src/migration-commands';

/**
 * One fresh database and one Redis key prefix per test run, so runs can repeat, overlap
 * each other, and run beside `npm start` on the same PostgreSQL and Redis.
 */
export default async function globalSetup(): Promise<void> {
  const run = `${process.pid}_${randomBytes(3).toString('hex')}`;
  const base = new URL(
    process.env.TEST_DATABASE_URL ?? process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/tamago',
  );
  base.pathname = `/tamago_test_${run}`;
  process.env.DATABASE_URL = base.toString();
  process.env.REDIS_PREFIX = `tamago-test-${run}`;
  process.env.NODE_ENV = 'test';
  process.env.TAMAGO_DEMO = 'false';
  process.env.LOG_LEVEL = 'silent';
  // Every test logs in from 127.0.0.1; the rate-limit test lowers this for its own app.
  process.env.LOGIN_RATE_LIMIT_PER_MINUTE = '10000';
  await migrate(base.toString());
}
