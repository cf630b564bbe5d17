import './paths';
import Redis from 'ioredis';
import { dropDatabase } from '@tamago/database';

/** Drops the run's database and deletes the run's Redis keys. */
export default async function globalTeardown(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (url && /tamago_test_/.test(url) && !process.env.KEEP_TEST_DATABASE) await dropDatabase(url);
  const prefix = process.env.REDIS_PREFIX;
  if (prefix?.startsWith('tamago-test-')) {
    const redis = new Redis(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
    try {
      let cursor = '0';
      do {
        const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
        cursor = next;
        if (keys.length) await redis.del(...keys);
      } while (cursor !== '0');
    } finally {
      redis.disconnect();
    }
  }
}
