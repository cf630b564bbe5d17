import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import { DomainError } from '@tamago/core';
import { IssueBillingRunPayload, JOBS, PreviewBillingRunPayload, QUEUES } from '@tamago/jobs';
import { BillingRunIssueService } from './billing-run-issue.service';
import { BillingRunPreviewService } from './billing-run-preview.service';

/** Whether this attempt is the job's last: then the run is marked failed instead of retried. */
function lastAttempt(job: Job): boolean {
  return job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
}

/** Builds a run's preview (JOBS.previewBillingRun). */
@Injectable()
export class PreviewBillingRunJob {
  constructor(private readonly preview: BillingRunPreviewService) {}

  async run(job: Job<PreviewBillingRunPayload>): Promise<void> {
    const { facilityId, runId, generation } = job.data;
    try {
      await this.preview.preview(facilityId, runId, generation);
    } catch (e) {
      if (e instanceof DomainError || lastAttempt(job)) {
        await this.preview.fail(facilityId, runId, generation, e instanceof Error ? e.message : String(e));
        throw new UnrecoverableError(e instanceof Error ? e.message : String(e));
      }
      throw e;
    }
  }
}

/** Issues a run's drafts (JOBS.issueBillingRun). */
@Injectable()
export class IssueBillingRunJob {
  constructor(private readonly issuer: BillingRunIssueService) {}

  async run(job: Job<IssueBillingRunPayload>): Promise<void> {
    const { facilityId, runId } = job.data;
    try {
      await this.issuer.issue(facilityId, runId, (p) => job.updateProgress(p));
    } catch (e) {
      if (e instanceof DomainError || lastAttempt(job)) {
        await this.issuer.fail(facilityId, runId, e instanceof Error ? e.message : String(e));
        throw new UnrecoverableError(e instanceof Error ? e.message : String(e));
      }
      throw e;
    }
  }
}

/**
 * The billing queue's one worker: BullMQ gives every job of a queue to every processor of it, so
 * a single processor dispatches by job name to the job classes above.
 */
@Processor(QUEUES.billing)
export class BillingQueueProcessor extends WorkerHost {
  private readonly logger = new Logger(BillingQueueProcessor.name);

  constructor(
    private readonly previewJob: PreviewBillingRunJob,
    private readonly issueJob: IssueBillingRunJob,
  ) {
    super();
  }

  async process(job: Job): Promise<void> {
    if (job.name === JOBS.previewBillingRun) await this.previewJob.run(job as Job<PreviewBillingRunPayload>);
    else if (job.name === JOBS.issueBillingRun) await this.issueJob.run(job as Job<IssueBillingRunPayload>);
    else throw new UnrecoverableError(`Unknown billing job ${job.name}`);
    this.logger.log({ msg: 'billing job done', name: job.name, jobId: job.id });
  }
}
