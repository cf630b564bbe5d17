import { Injectable, Logger } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { DomainError } from '@tamago/core';
import { ApplyRunCreditPayload, HandlesJob, JobHandler } from '@tamago/jobs';
import { PaymentService, type RunCreditOutcome } from './payment.service';

/**
 * Applies the credit balances of a billing run's invoiced tenants to their open invoices after the
 * run was issued (`apply-run-credit`, one per run, enqueued by libs/billing through the job contract
 * only).
 */
@Injectable()
@JobHandler('apply-run-credit')
export class ApplyRunCreditJob implements HandlesJob<'apply-run-credit'> {
  private readonly logger = new Logger(ApplyRunCreditJob.name);

  constructor(private readonly payments: PaymentService) {}

  async handle(payload: ApplyRunCreditPayload): Promise<RunCreditOutcome> {
    const { facilityId, runId, tenantIds, on } = payload;
    try {
      const result = await this.payments.applyRunCredit(facilityId, tenantIds, on);
      const holders = Object.keys(result.tenants).length;
      if (holders > 0 || result.skipped.length > 0)
        this.logger.log({ msg: 'credit applied', runId, holders, applied: result.applied, skipped: result.skipped });
      return result;
    } catch (e) {
      // A bad date will not get better by retrying.
      if (e instanceof DomainError) throw new UnrecoverableError(e.message);
      throw e;
    }
  }
}
