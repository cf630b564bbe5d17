import './paths';
import { rmSync } from 'node:fs';
import Redis from 'ioredis';
import { dropDatabase } from '@tamago/database';

/**
 * Drops the run's database and deletes the run's Redis keys (its own prefix and the prefixes that
 * suites derive from it, `<prefix>-<tag>`), and stops the stores the setup started.
 */
export default async function globalTeardown(): Promise<void> {
  const own = globalThis.__TAMAGO_TEST_SERVICES__;
  const started = new Set(own?.services.started.map((s) => s.name));
  try {
    const url = process.env.DATABASE_URL;
    if (url && /tamago_test_/.test(url) && !process.env.KEEP_TEST_DATABASE && !started.has('PostgreSQL'))
      await dropDatabase(url);
    const prefix = process.env.REDIS_PREFIX;
    if (prefix?.startsWith('tamago-test-') && !started.has('Redis')) {
      const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
      try {
        let cursor = '0';
        do {
          // `tamago-test-<pid>_<hex>`: no other run's prefix starts with this one.
          const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
          cursor = next;
          if (keys.length) await redis.del(...keys);
        } while (cursor !== '0');
      } finally {
        redis.disconnect();
      }
    }
  } finally {
    if (own) {
      await own.services.stop();
      rmSync(own.home, { recursive: true, force: true });
    }
  }
}
