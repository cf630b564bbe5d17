import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { facilityFiscalYearStart } from '@tamago/billing';
import {
  FacilitySchedule,
  FacilityScheduleContext,
  FacilityScheduleKind,
  OutboxService,
  SCHEDULE_SLOTS,
} from '@tamago/jobs';
import { isFirstBusinessDayOfMonth } from './report-schedule.service';

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
