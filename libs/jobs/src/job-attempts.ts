import { Job } from 'bullmq';

/** Whether this attempt is the job's last under its contract's attempts (then a handler records the failure). */
export function isLastAttempt(job: Job): boolean {
  return job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
}
