/**
 * Reasons of the domain errors of the kpi context: `DomainError.reason`, answered in the problem body.
 * Stable: clients may branch on them. Their Japanese and English messages are in @tamago/i18n
 * (libs/i18n/src/locales/{ja,en}/kpi.ts).
 */
export const KpiError = {
  ClosesBeforeOpens: 'kpi.closesBeforeOpens',
  CompanyNotAsked: 'kpi.companyNotAsked',
  PeriodInvalid: 'kpi.periodInvalid',
  SubmissionNotFound: 'kpi.submissionNotFound',
  SurveyAlreadyOpen: 'kpi.surveyAlreadyOpen',
  SurveyClosed: 'kpi.surveyClosed',
  SurveyClosedForDraft: 'kpi.surveyClosedForDraft',
  SurveyNotFound: 'kpi.surveyNotFound',
  TenantNotAsked: 'kpi.tenantNotAsked',
} as const;
export type KpiError = (typeof KpiError)[keyof typeof KpiError];
