import { Injectable } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import { DomainError } from '@tamago/core';
import { HandlesJob, JobHandler, PreviewBillingRunPayload, isLastAttempt } from '@tamago/jobs';
import { BillingRunPreviewService } from './billing-run-preview.service';

/** Builds a run's preview (`preview-billing-run`). */
@Injectable()
@JobHandler('preview-billing-run')
export class PreviewBillingRunJob implements HandlesJob<'preview-billing-run'> {
  constructor(private readonly preview: BillingRunPreviewService) {}

  async handle(payload: PreviewBillingRunPayload, job: Job): Promise<void> {
    const { facilityId, runId, generation } = payload;
    try {
      await this.preview.preview(facilityId, runId, generation);
    } catch (e) {
      if (e instanceof DomainError || isLastAttempt(job)) {
        await this.preview.fail(facilityId, runId, generation, e instanceof Error ? e.message : String(e));
        throw new UnrecoverableError(e instanceof Error ? e.message : String(e));
      }
      throw e;
    }
  }
}
