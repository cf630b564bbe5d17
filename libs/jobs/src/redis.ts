import Redis from 'ioredis';

/** Injection token of the shared ioredis client (rate limits, health, locks). */
export const REDIS = Symbol('REDIS');

/** Connection options for BullMQ from a redis:// URL (BullMQ needs maxRetriesPerRequest null). */
export function bullConnection(url: string): { url: string; maxRetriesPerRequest: null } {
  return { url, maxRetriesPerRequest: null };
}

/** A new ioredis client for the URL. */
export function createRedis(url: string): Redis {
  return new Redis(url, { maxRetriesPerRequest: 2, lazyConnect: false });
}
