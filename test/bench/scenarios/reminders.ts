import { performance } from 'node:perf_hooks';
import { Queue, QueueEvents, Worker } from 'bullmq';
import { Client } from 'pg';
import { CountingSmtpSink } from '../support/smtp-counter';

const redis = () => {
  const u = new URL(process.env.REDIS_URL ?? 'redis://127.0.0.1:6379');
  return { host: u.hostname, port: Number(u.port || 6379), maxRetriesPerRequest: null };
};

/**
 * Bounded polling until the sweeps of `facilities` facilities are decided and their mail accepted:
 * every facility has its sweep's reminders written, no outbox message or queued mail is left, and
 * the sink holds one mail per reminder mailed. Returns the mails accepted.
 */
export async function waitForReminders(db: Client, smtp: CountingSmtpSink, facilities: number): Promise<number> {
  const deadline = Date.now() + 3 * 3_600_000;
  const queue = new Queue('reminders', { connection: redis(), prefix: process.env.REDIS_PREFIX });
  try {
    for (;;) {
      const counts = await queue.getJobCounts('waiting', 'active', 'delayed', 'completed', 'failed');
      if (counts.failed > 0) throw new Error('a reminder sweep failed');
      if (counts.completed >= facilities && counts.waiting + counts.active + counts.delayed === 0) {
        const { rows } = await db.query(
          `SELECT count(*) FILTER (WHERE email_status = 'queued')::int AS queued,
                  count(*) FILTER (WHERE email_status = 'sent')::int AS sent,
                  (SELECT count(*)::int FROM outbox_messages WHERE relayed_at IS NULL) AS outbox
             FROM notifications`,
        );
        const { queued, sent, outbox } = rows[0];
        if (queued === 0 && outbox === 0 && smtp.count >= sent) return smtp.count;
      }
      if (Date.now() > deadline) throw new Error(`reminders stuck: ${JSON.stringify(counts)}`);
      await new Promise((r) => setTimeout(r, 100));
    }
  } finally {
    await queue.close();
  }
}

/**
 * The queue's limit for the same number of jobs: BullMQ adding `n` no-op jobs in bulk and a worker
 * with the mail queue's concurrency (5) processing them, until the last completes.
 */
export async function reminderBaseline(n: number): Promise<number> {
  const name = `bench-noop-${process.pid}`;
  const prefix = process.env.REDIS_PREFIX;
  const queue = new Queue(name, { connection: redis(), prefix });
  const events = new QueueEvents(name, { connection: redis(), prefix });
  await events.waitUntilReady();
  let done = 0;
  const finished = new Promise<void>((resolve) => {
    events.on('completed', () => {
      done += 1;
      if (done >= n) resolve();
    });
  });
  const t0 = performance.now();
  const worker = new Worker(name, async () => undefined, { connection: redis(), prefix, concurrency: 5 });
  for (let i = 0; i < n; i += 1000)
    await queue.addBulk(
      Array.from({ length: Math.min(1000, n - i) }, (_, k) => ({ name: 'noop', data: { i: i + k } })),
    );
  await finished;
  const ms = performance.now() - t0;
  await worker.close();
  await events.close();
  await queue.obliterate({ force: true });
  await queue.close();
  return ms;
}
