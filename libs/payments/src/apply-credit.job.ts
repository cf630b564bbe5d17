import { Injectable, Logger } from '@nestjs/common';
import { UnrecoverableError } from 'bullmq';
import { DomainError } from '@tamago/core';
import { ApplyCreditPayload, HandlesJob, JobHandler } from '@tamago/jobs';
import { PaymentService } from './payment.service';

/**
 * Applies a tenant's credit balance to its open invoices after billing issued a run
 * (`apply-credit`, enqueued by libs/billing through the job contract only).
 */
@Injectable()
@JobHandler('apply-credit')
export class ApplyCreditJob implements HandlesJob<'apply-credit'> {
  private readonly logger = new Logger(ApplyCreditJob.name);

  constructor(private readonly payments: PaymentService) {}

  async handle(payload: ApplyCreditPayload): Promise<{ applied: number; creditBalance: number }> {
    const { facilityId, tenantId, on } = payload;
    try {
      const { applied, creditBalance } = await this.payments.applyCredit(facilityId, null, tenantId, on);
      this.logger.log({ msg: 'credit applied', tenantId, applied, creditBalance });
      return { applied, creditBalance };
    } catch (e) {
      // A tenant deleted or a bad date will not get better by retrying.
      if (e instanceof DomainError) throw new UnrecoverableError(e.message);
      throw e;
    }
  }
}
