import { Injectable, Logger } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import { EntityManager } from 'typeorm';
import { facilityFiscalYearStart } from '@tamago/billing';
import { DomainError } from '@tamago/core';
import {
  FacilitySchedule,
  FacilityScheduleContext,
  FacilityScheduleKind,
  GenerateReportPayload,
  HandlesJob,
  JobHandler,
  OutboxService,
  RunReportSchedulePayload,
  SCHEDULE_SLOTS,
} from '@tamago/jobs';
import { ReportGenerator } from './report-generator.service';
import { ReportScheduleService, isFirstBusinessDayOfMonth } from './report-schedule.service';

/** Whether this attempt is the job's last: then the report is marked failed instead of retried. */
function lastAttempt(job: Job): boolean {
  return job.attemptsMade + 1 >= (job.opts.attempts ?? 1);
}

/** Builds one report (`generate-report`) with progress, then mails it when the schedule asked for it. */
@Injectable()
@JobHandler('generate-report')
export class GenerateReportJob implements HandlesJob<'generate-report'> {
  private readonly logger = new Logger(GenerateReportJob.name);

  constructor(
    private readonly generator: ReportGenerator,
    private readonly schedule: ReportScheduleService,
  ) {}

  async handle(p: GenerateReportPayload, job: Job): Promise<{ reportId: string; built: boolean }> {
    try {
      await this.generator.purgeExpired(p.facilityId);
      const run = await this.generator.generate(p.facilityId, p.reportId, p.generation, (n) => job.updateProgress(n));
      if (run) await this.schedule.mailIfScheduled(run);
      this.logger.log({ msg: 'report done', jobId: job.id, reportId: p.reportId, built: run !== null });
      return { reportId: p.reportId, built: run !== null };
    } catch (e) {
      const reason = e instanceof Error ? e.message : String(e);
      if (e instanceof DomainError || lastAttempt(job)) {
        await this.generator.fail(p.facilityId, p.reportId, p.generation, reason);
        throw new UnrecoverableError(reason);
      }
      throw e;
    }
  }
}

/** Asks for the reports a schedule occasion is due (`run-report-schedule`). */
@Injectable()
@JobHandler('run-report-schedule')
export class RunReportScheduleJob implements HandlesJob<'run-report-schedule'> {
  constructor(private readonly schedule: ReportScheduleService) {}

  async handle(p: RunReportSchedulePayload): Promise<{ requested: string[] }> {
    return { requested: await this.schedule.runDue(p.facilityId, p.date, [p.kind]) };
  }
}

/** The previous month's reports, on the first business day of each month (07:00 facility time by default). */
@Injectable()
@FacilitySchedule()
export class MonthlyReportSchedule implements FacilityScheduleKind {
  readonly kind = SCHEDULE_SLOTS.monthlyReport;
  readonly description = '月次レポート（毎月第1営業日、前月分） / monthly reports on the first business day';
  readonly defaults = { localTime: '07:00' };

  firesOn(date: string): boolean {
    return isFirstBusinessDayOfMonth(date);
  }

  async start(em: EntityManager, outbox: OutboxService, date: string, ctx: FacilityScheduleContext): Promise<void> {
    await outbox.enqueue(em, 'run-report-schedule', { facilityId: ctx.facilityId, date, kind: this.kind });
  }
}

/**
 * The fiscal-year funder report, on the first business day after the year closes: the first
 * business day of the month the facility's fiscal year starts in (April by default).
 */
@Injectable()
@FacilitySchedule()
export class FiscalYearReportSchedule implements FacilityScheduleKind {
  readonly kind = SCHEDULE_SLOTS.fiscalYearReport;
  readonly description =
    '年度事業実績報告（年度終了後の最初の営業日、既定は4月） / fiscal-year report on the first business day after the year closes';
  readonly defaults = { localTime: '07:00' };

  async facts(em: EntityManager, facilityId: string): Promise<Record<string, unknown>> {
    return { fiscalYearStartMonth: await facilityFiscalYearStart(em, facilityId) };
  }

  firesOn(date: string, ctx: FacilityScheduleContext): boolean {
    const startMonth = Number(ctx.options.fiscalYearStartMonth ?? 4);
    return Number(date.slice(5, 7)) === startMonth && isFirstBusinessDayOfMonth(date);
  }

  async start(em: EntityManager, outbox: OutboxService, date: string, ctx: FacilityScheduleContext): Promise<void> {
    await outbox.enqueue(em, 'run-report-schedule', { facilityId: ctx.facilityId, date, kind: this.kind });
  }
}
