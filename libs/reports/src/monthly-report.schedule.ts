import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import {
  FacilitySchedule,
  FacilityScheduleContext,
  FacilityScheduleKind,
  OutboxService,
  SCHEDULE_SLOTS,
} from '@tamago/jobs';
import { isFirstBusinessDayOfMonth } from './report-schedule.service';

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
