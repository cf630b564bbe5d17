import { JobsOptions, KeepJobs } from 'bullmq';
import { createHash } from 'node:crypto';
import { jobId } from './job-id';
import {
  ApplyRunCreditPayload,
  AutoIssueBillingRunPayload,
  FacilityTickPayload,
  IssueBillingRunPayload,
  MailIssuedInvoicesPayload,
  PreviewBillingRunPayload,
  ReminderSweepPayload,
  ScheduleTickPayload,
  ScheduledBillingRunPayload,
  SendEmailBatchPayload,
  SendEmailPayload,
  GenerateReportPayload,
  RunReportSchedulePayload,
  KpiSurveyInvitationsPayload,
} from './payloads';
import { QUEUES, QueueName } from './queues';

/** One job kind: its queue, its payload class (validated when a worker takes the job), its options and its id. */
export interface JobContract<P extends object> {
  queue: QueueName;
  payload: new () => P;
  /** Attempts, backoff and retention, decided here and never at call sites. */
  options: JobsOptions;
  /** The deterministic job id of a payload, so the same work enqueued twice is one job. */
  id?: (payload: P) => string;
}

const contract = <P extends object>(c: JobContract<P>): JobContract<P> => c;

const KEEP_DONE_WEEK = { age: 7 * 24 * 3600 };
// Failed jobs stay a month for inspection (bull-board, jobs CLI) before Redis lets them go.
const KEEP_FAILED_MONTH = { age: 30 * 24 * 3600 };

/** Retried `attempts` times with exponential backoff from `delay` ms; done jobs kept `keepDone`, failed ones a month. */
const retried = (attempts: number, delay: number, keepDone: KeepJobs = KEEP_DONE_WEEK): JobsOptions => ({
  attempts,
  backoff: { type: 'exponential', delay },
  removeOnComplete: keepDone,
  removeOnFail: KEEP_FAILED_MONTH,
});

/**
 * Every job kind of Tamago, in one place: name → queue, payload type, options, id. A worker refuses
 * to start unless each kind here has exactly one handler (see JobHandler).
 */
export const JOB_CONTRACTS = {
  'send-email': contract({
    queue: QUEUES.notifications,
    payload: SendEmailPayload,
    // SMTP down: retried with backoff (5 s, 10 s, … about 10 min in all), then kept as failed.
    options: retried(8, 5_000, { age: 24 * 3600, count: 1000 }),
  }),
  // Notification mails of one facility relayed together (see OutboxRelay): each mail is locked, checked,
  // sent and recorded on its own; a mail that fails is handed to a send-email job (its own retries), so
  // the batch's retries only cover the batch's own machinery (database, Redis). The id is the digest of
  // its mails, so the same batch relayed twice is one job. Few done batches are kept: they hold the HTML.
  'send-email-batch': contract({
    queue: QUEUES.notifications,
    payload: SendEmailBatchPayload,
    options: retried(8, 5_000, { age: 24 * 3600, count: 100 }),
    id: (p) =>
      jobId(
        'mail-batch',
        createHash('sha256')
          .update(
            p.mails
              .map((m) => m.deliveryKey ?? '')
              .sort()
              .join(','),
          )
          .digest('hex')
          .slice(0, 32),
      ),
  }),
  // Billing runs are idempotent by run and generation; a few retries cover a worker restart.
  'preview-billing-run': contract({
    queue: QUEUES.billing,
    payload: PreviewBillingRunPayload,
    options: retried(3, 2_000),
    id: (p) => jobId('billing-preview', p.runId, p.generation),
  }),
  'issue-billing-run': contract({
    queue: QUEUES.billing,
    payload: IssueBillingRunPayload,
    options: retried(3, 2_000),
    id: (p) => jobId('billing-issue', p.runId),
  }),
  // Applying credit is idempotent (per-tenant lock, ledger rows); retries cover a busy database.
  // One job per issued run, however often the issue job runs.
  'apply-run-credit': contract({
    queue: QUEUES.payments,
    payload: ApplyRunCreditPayload,
    options: retried(5, 2_000),
    id: (p) => jobId('apply-run-credit', p.facilityId, p.runId),
  }),
  // The monthly billing schedule: one start per facility and period (the run itself is idempotent).
  'scheduled-billing-run': contract({
    queue: QUEUES.billing,
    payload: ScheduledBillingRunPayload,
    options: retried(5, 10_000),
    id: (p) => jobId('scheduled-billing', p.facilityId, p.period),
  }),
  // Waits for the preview by retrying (about half an hour in all), then issues it.
  'auto-issue-billing-run': contract({
    queue: QUEUES.billing,
    payload: AutoIssueBillingRunPayload,
    options: retried(10, 2_000),
    id: (p) => jobId('auto-issue', p.runId),
  }),
  // A sweep writes each reminder once (unique keys), so a retry completes what a crash left.
  'reminder-sweep': contract({
    queue: QUEUES.reminders,
    payload: ReminderSweepPayload,
    options: retried(5, 10_000, { age: 14 * 24 * 3600 }),
    id: (p) => jobId('reminder-sweep', p.facilityId, p.date),
  }),
  // A report is rebuilt from the database on retry (its row says what is done); a stale generation is skipped.
  'generate-report': contract({
    queue: QUEUES.reports,
    payload: GenerateReportPayload,
    options: retried(3, 5_000),
    id: (p) => jobId('report', p.facilityId, p.reportId, p.generation),
  }),
  // The report schedule asks by request keys: a repeated occasion asks (and mails) once.
  'run-report-schedule': contract({
    queue: QUEUES.reports,
    payload: RunReportSchedulePayload,
    options: retried(3, 10_000),
    id: (p) => jobId('report-schedule', p.facilityId, p.kind, p.date),
  }),
  // Each invoice mail is one notification (unique key), so a retry mails only what is missing.
  'mail-issued-invoices': contract({
    queue: QUEUES.notifications,
    payload: MailIssuedInvoicesPayload,
    options: retried(5, 10_000),
    id: (p) => jobId('invoice-mail', p.runId),
  }),
  // Each invitation is one notification (unique key), so a retry invites only whom it missed.
  'kpi-survey-invitations': contract({
    queue: QUEUES.reminders,
    payload: KpiSurveyInvitationsPayload,
    options: retried(5, 10_000),
    id: (p) => jobId('kpi-invitations', p.facilityId, p.date),
  }),
  // A tick is cheap and the next one comes in minutes: no retries, few kept.
  'schedule-tick': contract({
    queue: QUEUES.schedules,
    payload: ScheduleTickPayload,
    options: { attempts: 1, removeOnComplete: { count: 50 }, removeOnFail: { count: 200 } },
  }),
  // Each occasion starts once (schedule_runs); a retry after a crash starts what is left.
  'facility-tick': contract({
    queue: QUEUES.schedules,
    payload: FacilityTickPayload,
    options: retried(3, 5_000, { age: 24 * 3600 }),
  }),
};

export type JobName = keyof typeof JOB_CONTRACTS;
/** The payload type of a job kind. */
export type JobPayload<N extends JobName> = InstanceType<(typeof JOB_CONTRACTS)[N]['payload']>;

/** The contract of a job name; throws for names that are not in the map. */
export function contractOf(name: string): JobContract<object> {
  const c = (JOB_CONTRACTS as Record<string, JobContract<object>>)[name];
  if (!c) throw new Error(`Unknown job kind ${name}`);
  return c;
}

/** Job names per queue (kept for callers that name jobs by JOBS.x). */
export const JOBS = {
  sendEmail: 'send-email',
  previewBillingRun: 'preview-billing-run',
  issueBillingRun: 'issue-billing-run',
  applyRunCredit: 'apply-run-credit',
} as const satisfies Record<string, JobName>;

/** Options per job kind, read from the contracts. */
export const JOB_OPTIONS = Object.fromEntries(
  Object.entries(JOB_CONTRACTS).map(([name, c]) => [name, c.options]),
) as Record<JobName, JobsOptions>;
