export * from './domain';
export { KpiSurvey } from './kpi-survey.entity';
export { KpiSubmission } from './kpi-submission.entity';
export * from './kpi-input';
export { KpiSurveyService } from './kpi-survey.service';
export { KpiSubmissionService, KpiHistoryEntry, KpiTenantTotals } from './kpi-submission.service';
export { KpiModule } from './kpi.module';
