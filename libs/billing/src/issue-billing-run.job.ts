import { Injectable } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import { DomainError } from '@tamago/core';
import { HandlesJob, IssueBillingRunPayload, JobHandler, JobProducer, isLastAttempt } from '@tamago/jobs';
import { BillingRunIssueService, type IssuedRun } from './billing-run-issue.service';

/**
 * Issues a run's drafts (`issue-billing-run`), then asks payments to apply the invoiced tenants'
 * credit balances (one `apply-run-credit` on the payments queue — billing knows only the job
 * contract, so libs/payments may keep depending on libs/billing).
 */
@Injectable()
@JobHandler('issue-billing-run')
export class IssueBillingRunJob implements HandlesJob<'issue-billing-run'> {
  constructor(
    private readonly issuer: BillingRunIssueService,
    private readonly jobs: JobProducer,
  ) {}

  async handle(payload: IssueBillingRunPayload, job: Job): Promise<void> {
    const { facilityId, runId } = payload;
    let issued: IssuedRun | null;
    try {
      issued = await this.issuer.issue(facilityId, runId, (p) => job.updateProgress(p));
    } catch (e) {
      if (e instanceof DomainError || isLastAttempt(job)) {
        await this.issuer.fail(facilityId, runId, e instanceof Error ? e.message : String(e));
        throw new UnrecoverableError(e instanceof Error ? e.message : String(e));
      }
      throw e;
    }
    // After issue() on every attempt, not inside it: a crash after the run committed retries this
    // job, issue() then only answers the issued run and the requests are sent again under the same
    // job ids.
    await this.requestCreditApplication(facilityId, runId, issued);
    // Mailing the invoices is notifications' work (when the facility chose it); billing only asks.
    await this.jobs.add('mail-issued-invoices', { facilityId, runId });
  }

  private async requestCreditApplication(facilityId: string, runId: string, issued: IssuedRun | null): Promise<void> {
    if (!issued || issued.tenantIds.length === 0) return;
    // One request per run however often this runs (the contract's id is the facility and run).
    await this.jobs.add('apply-run-credit', { facilityId, runId, tenantIds: issued.tenantIds, on: issued.issueDate });
  }
}
