import { InjectQueue, Processor, WorkerHost } from '@nestjs/bullmq';
import { Injectable, Logger } from '@nestjs/common';
import { Job, Queue, UnrecoverableError } from 'bullmq';
import { DomainError } from '@tamago/core';
import {
  ApplyCreditPayload,
  IssueBillingRunPayload,
  JOBS,
  JOB_OPTIONS,
  PreviewBillingRunPayload,
  QUEUES,
} from '@tamago/jobs';
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

/**
 * Issues a run's drafts (JOBS.issueBillingRun), then asks payments to apply each invoiced tenant's
 * credit balance (JOBS.applyCredit on the payments queue — billing knows only the job contract, so
 * libs/payments may keep depending on libs/billing).
 */
@Injectable()
export class IssueBillingRunJob {
  constructor(
    private readonly issuer: BillingRunIssueService,
    @InjectQueue(QUEUES.payments) private readonly payments: Queue,
  ) {}

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
    // After issue() on every attempt, not inside it: a crash after the run committed retries this
    // job, issue() is then a no-op and the requests are sent again under the same job ids.
    await this.requestCreditApplication(facilityId, runId);
  }

  private async requestCreditApplication(facilityId: string, runId: string): Promise<void> {
    const issued = await this.issuer.issuedTenants(facilityId, runId);
    if (!issued || issued.tenantIds.length === 0) return;
    await this.payments.addBulk(
      issued.tenantIds.map((tenantId) => ({
        name: JOBS.applyCredit,
        data: { facilityId, tenantId, on: issued.issueDate } satisfies ApplyCreditPayload,
        // BullMQ ids may not contain ':'; one request per run and tenant however often this runs.
        opts: { ...JOB_OPTIONS[JOBS.applyCredit], jobId: `apply-credit-${facilityId}-${runId}-${tenantId}` },
      })),
    );
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
