import { randomBytes } from 'node:crypto';
import { Job, Queue } from 'bullmq';
import { dropDatabase } from '@tamago/database';
import { migrate } from '../../apps/cli/src/migration-commands';

/**
 * A database and Redis prefix of this test file alone. Job tests run workers, ticks and relays that
 * look at every facility and every queue; on the run's shared database another file's worker would
 * take their jobs (and deliver their mail to its own SMTP sink).
 */
export async function isolatedStore(label: string): Promise<{ env: Record<string, string>; drop(): Promise<void> }> {
  const tag = `${label}_${randomBytes(3).toString('hex')}`;
  const url = new URL(process.env.DATABASE_URL!);
  url.pathname = `${url.pathname}_${tag}`;
  await migrate(url.toString());
  const env = { DATABASE_URL: url.toString(), REDIS_PREFIX: `${process.env.REDIS_PREFIX}-${tag}` };
  Object.assign(process.env, env);
  return { env, drop: () => dropDatabase(url.toString()) };
}

/** Polls until `check` answers a value (bounded), for jobs and mail that arrive asynchronously. */
export async function eventually<T>(
  check: () => Promise<T | undefined | null | false>,
  what: string,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await check();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

/**
 * Waits until a job has completed or failed (bounded) and answers it. The job is read again after its
 * state is seen settled: a copy read before the state can be one from while it was still active (no
 * attempt counted, no failed reason) that finished between the two reads.
 */
export async function settled(queue: Queue, id: string, timeoutMs = 20_000): Promise<Job> {
  return eventually(
    async () => {
      const state = await queue.getJobState(id);
      return state === 'completed' || state === 'failed' ? queue.getJob(id) : null;
    },
    `job ${id}`,
    timeoutMs,
  );
}
