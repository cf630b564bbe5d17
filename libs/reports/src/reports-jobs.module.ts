import { Module } from '@nestjs/common';
import { GenerateReportJob } from './generate-report.job';
import { RunReportScheduleJob } from './run-report-schedule.job';
import { ReportsModule } from './reports.module';

/** The report job handlers; imported by the worker app only (the schedule kinds live in ReportsModule). */
@Module({
  imports: [ReportsModule],
  providers: [GenerateReportJob, RunReportScheduleJob],
})
export class ReportsJobsModule {}
