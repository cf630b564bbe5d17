import { JobsOptions } from 'bullmq';

/** Every queue's name, in one place. */
export const QUEUES = {
  notifications: 'notifications',
  billing: 'billing',
  /** Receivables work that billing asks for without depending on libs/payments (e.g. applying credit). */
  payments: 'payments',
  /** Report files (libs/reports) and the report schedule. */
  reports: 'reports',
} as const;
export type QueueName = (typeof QUEUES)[keyof typeof QUEUES];

/** Job names per queue. */
export const JOBS = {
  sendEmail: 'send-email',
  previewBillingRun: 'preview-billing-run',
  issueBillingRun: 'issue-billing-run',
  applyCredit: 'apply-credit',
  generateReport: 'generate-report',
  runReportSchedule: 'run-report-schedule',
  reportScheduleTick: 'report-schedule-tick',
} as const;

/** Options per job kind: attempts, backoff and retention are decided here, not at call sites. */
export const JOB_OPTIONS: Record<(typeof JOBS)[keyof typeof JOBS], JobsOptions> = {
  [JOBS.sendEmail]: {
    attempts: 8,
    backoff: { type: 'exponential', delay: 5_000 },
    removeOnComplete: { age: 24 * 3600, count: 1000 },
    removeOnFail: { age: 14 * 24 * 3600 },
  },
  // Billing runs are idempotent by run and generation; a few retries cover a worker restart.
  [JOBS.previewBillingRun]: {
    attempts: 3,
    backoff: { type: 'exponential', delay: 2_000 },
    removeOnComplete: { age: 7 * 24 * 3600 },
    removeOnFail: { age: 30 * 24 * 3600 },
  },
  [JOBS.issueBillingRun]: {
    attempts: 3,
    backoff: { type: 'exponential', delay: 2_000 },
    removeOnComplete: { age: 7 * 24 * 3600 },
    removeOnFail: { age: 30 * 24 * 3600 },
  },
  // Applying credit is idempotent (per-tenant lock, ledger rows); retries cover a busy database.
  [JOBS.applyCredit]: {
    attempts: 5,
    backoff: { type: 'exponential', delay: 2_000 },
    removeOnComplete: { age: 7 * 24 * 3600 },
    removeOnFail: { age: 30 * 24 * 3600 },
  },
  // A report is rebuilt from the database on retry; a few attempts cover a worker restart.
  [JOBS.generateReport]: {
    attempts: 3,
    backoff: { type: 'exponential', delay: 5_000 },
    removeOnComplete: { age: 7 * 24 * 3600 },
    removeOnFail: { age: 30 * 24 * 3600 },
  },
  // The schedule only asks for reports by their request keys: running it twice asks once.
  [JOBS.runReportSchedule]: {
    attempts: 3,
    backoff: { type: 'exponential', delay: 10_000 },
    removeOnComplete: { age: 3 * 24 * 3600 },
    removeOnFail: { age: 30 * 24 * 3600 },
  },
  // Fans out one runReportSchedule per facility; missing a tick only delays to the next one.
  [JOBS.reportScheduleTick]: {
    attempts: 1,
    removeOnComplete: { age: 24 * 3600, count: 100 },
    removeOnFail: { age: 7 * 24 * 3600 },
  },
};
