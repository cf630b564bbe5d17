import { Injectable, Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { EntityManager } from 'typeorm';
import { DomainError, ErrorCode } from '@tamago/core';
import {
  AutoIssueBillingRunPayload,
  FacilitySchedule,
  FacilityScheduleContext,
  FacilityScheduleKind,
  HandlesJob,
  JobHandler,
  JobProducer,
  OutboxService,
  ScheduledBillingRunPayload,
  clampDay,
} from '@tamago/jobs';
import { BillingRunService } from './billing-run.service';

/** The period a run started on `date` bills: the month after (rent is billed ahead, 前受). */
export function scheduledPeriod(date: string): string {
  const [y, m] = date.split('-').map(Number);
  return m === 12 ? `${y + 1}-01` : `${y}-${String(m + 1).padStart(2, '0')}`;
}

/**
 * The monthly billing preview, on the facility's day and time (default the 25th at 09:00) for the
 * next month. Issuing waits for a person unless the facility set `options.autoIssue`.
 */
@Injectable()
@FacilitySchedule()
export class MonthlyBillingSchedule implements FacilityScheduleKind {
  readonly kind = 'billing-preview';
  readonly description = '月次請求のプレビュー（翌月分） / monthly billing preview for the next month';
  readonly defaults = { localTime: '09:00', dayOfMonth: 25 };

  firesOn(date: string, ctx: FacilityScheduleContext): boolean {
    return Number(date.slice(8, 10)) === clampDay(date, ctx.dayOfMonth ?? this.defaults.dayOfMonth);
  }

  async start(em: EntityManager, outbox: OutboxService, date: string, ctx: FacilityScheduleContext): Promise<void> {
    await outbox.enqueue(em, 'scheduled-billing-run', {
      facilityId: ctx.facilityId,
      period: scheduledPeriod(date),
      autoIssue: ctx.options.autoIssue === true,
    });
  }
}

/** Starts the scheduled run (`scheduled-billing-run`); an already issued period is left alone. */
@Injectable()
@JobHandler('scheduled-billing-run')
export class ScheduledBillingRunJob implements HandlesJob<'scheduled-billing-run'> {
  private readonly logger = new Logger(ScheduledBillingRunJob.name);

  constructor(
    private readonly runs: BillingRunService,
    private readonly jobs: JobProducer,
  ) {}

  async handle(p: ScheduledBillingRunPayload): Promise<{ runId: string | null }> {
    try {
      const run = await this.runs.start(p.facilityId, null, { period: p.period });
      if (p.autoIssue) await this.jobs.add('auto-issue-billing-run', { facilityId: p.facilityId, runId: run.id });
      return { runId: run.id };
    } catch (e) {
      if (!(e instanceof DomainError) || e.code !== ErrorCode.Conflict) throw e;
      this.logger.log({ msg: 'scheduled billing run skipped', period: p.period, reason: e.message });
      return { runId: null };
    }
  }
}

/** Issues a scheduled run once previewed (`auto-issue-billing-run`); retries while the preview runs. */
@Injectable()
@JobHandler('auto-issue-billing-run')
export class AutoIssueBillingRunJob implements HandlesJob<'auto-issue-billing-run'> {
  constructor(private readonly runs: BillingRunService) {}

  async handle(p: AutoIssueBillingRunPayload, job: Job): Promise<{ status: string }> {
    const run = await this.runs.get(p.facilityId, p.runId);
    if (run.status === 'previewing') throw new Error(`preview still running (attempt ${job.attemptsMade + 1})`);
    if (run.status !== 'previewed') return { status: run.status };
    return { status: (await this.runs.issue(p.facilityId, null, p.runId)).status };
  }
}
