import { Injectable } from '@nestjs/common';
import { HandlesJob, JobHandler, RunReportSchedulePayload } from '@tamago/jobs';
import { ReportScheduleService } from './report-schedule.service';

/** Asks for the reports a schedule occasion is due (`run-report-schedule`). */
@Injectable()
@JobHandler('run-report-schedule')
export class RunReportScheduleJob implements HandlesJob<'run-report-schedule'> {
  constructor(private readonly schedule: ReportScheduleService) {}

  async handle(p: RunReportSchedulePayload): Promise<{ requested: string[] }> {
    return { requested: await this.schedule.runDue(p.facilityId, p.date, [p.kind]) };
  }
}
