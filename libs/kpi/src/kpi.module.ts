import { Module } from '@nestjs/common';
import { TenantsModule } from '@tamago/tenants';
import { KpiSubmissionService } from './kpi-submission.service';
import { KpiSurveyService } from './kpi-survey.service';

/** KPI surveys of tenants and alumni: periods, submissions, who is missing, history. */
@Module({
  imports: [TenantsModule],
  providers: [KpiSurveyService, KpiSubmissionService],
  exports: [KpiSurveyService, KpiSubmissionService],
})
export class KpiModule {}
