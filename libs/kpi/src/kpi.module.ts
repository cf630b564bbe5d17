import { Module } from '@nestjs/common';
import { TenantsModule } from '@tamago/tenants';
import { KpiDraftService } from './kpi-draft.service';
import { KpiSubmissionService } from './kpi-submission.service';
import { KpiSurveyService } from './kpi-survey.service';

/** KPI surveys of tenants and alumni: periods, submissions, who is missing, history. */
@Module({
  imports: [TenantsModule],
  providers: [KpiSurveyService, KpiSubmissionService, KpiDraftService],
  exports: [KpiSurveyService, KpiSubmissionService, KpiDraftService],
})
export class KpiModule {}
