import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import { DomainError } from '@tamago/core';
import { ApplyCreditPayload, JOBS, QUEUES } from '@tamago/jobs';
import { PaymentService } from './payment.service';

/**
 * Applies a tenant's credit balance to its open invoices after billing issued a run
 * (JOBS.applyCredit, enqueued by libs/billing through the job contract only). The payments queue
 * has this one processor: BullMQ hands every job of a queue to every processor of it.
 */
@Processor(QUEUES.payments)
export class ApplyCreditJob extends WorkerHost {
  private readonly logger = new Logger(ApplyCreditJob.name);

  constructor(private readonly payments: PaymentService) {
    super();
  }

  async process(job: Job<ApplyCreditPayload>): Promise<{ applied: number; creditBalance: number }> {
    if (job.name !== JOBS.applyCredit) throw new UnrecoverableError(`Unknown payments job ${job.name}`);
    const { facilityId, tenantId, on } = job.data;
    try {
      const { applied, creditBalance } = await this.payments.applyCredit(facilityId, null, tenantId, on);
      this.logger.log({ msg: 'credit applied', jobId: job.id, applied, creditBalance });
      return { applied, creditBalance };
    } catch (e) {
      // A tenant deleted or a bad date will not get better by retrying.
      if (e instanceof DomainError) throw new UnrecoverableError(e.message);
      throw e;
    }
  }
}
