/** Every queue's name, in one place. */
export const QUEUES = {
  notifications: 'notifications',
  billing: 'billing',
  /** Receivables work that billing asks for without depending on libs/payments (e.g. applying credit). */
  payments: 'payments',
  /** Platform ticks of the job schedulers and the per-facility scheduled work they fan out. */
  schedules: 'schedules',
  /** Reminder sweeps (one job per facility and date). */
  reminders: 'reminders',
  /** Report files (libs/reports) and the scheduled reports. */
  reports: 'reports',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/**
 * How many jobs of a queue one worker process runs at once. Billing runs several facilities' runs
 * at once (each run is independent: its drafts are locked chunk by chunk and the facility's number
 * counter row serialises the numbering, so two jobs never issue one draft twice nor leave a gap;
 * no billing job nests a second transaction, so they cannot starve the pool); mail is I/O bound.
 */
export const QUEUE_CONCURRENCY: Record<QueueName, number> = {
  notifications: 5,
  billing: 4,
  payments: 2,
  schedules: 2,
  // Sweeps of different facilities share nothing (unique keys per facility): while one waits for the
  // database, another renders.
  reminders: 3,
  reports: 1,
};

/**
 * The PostgreSQL pool a worker process needs: one connection per job its queues may run at once,
 * plus 3 spare for what a worker does outside its jobs (start checks, schedule upserts), so a job never
 * waits for a connection another job holds. (The outbox relay and the mail batches' sent records use
 * clients of their own, outside the pool.)
 */
export function workerPoolSize(): number {
  return Object.values(QUEUE_CONCURRENCY).reduce((sum, n) => sum + n, 0) + 3;
}
