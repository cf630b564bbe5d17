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
 * How many jobs of a queue one worker process runs at once. Billing stays serial per worker as it
 * was; mail is I/O bound.
 */
export const QUEUE_CONCURRENCY: Record<QueueName, number> = {
  notifications: 5,
  billing: 1,
  payments: 2,
  schedules: 2,
  reminders: 1,
  reports: 1,
};
