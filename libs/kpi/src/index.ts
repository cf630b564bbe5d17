export * from './domain';
export { type KpiSurvey } from './kpi-survey.entity';
export { type KpiSubmission } from './kpi-submission.entity';
export * from './kpi-input';
export { KpiSurveyService } from './kpi-survey.service';
export { KpiSubmissionService, KpiHistoryEntry, KpiTenantTotals } from './kpi-submission.service';
export { KpiDraftService, KpiDraftView } from './kpi-draft.service';
export type { KpiDraftValues } from './kpi-draft.entity';
export { KpiModule } from './kpi.module';
