/**
 * Reasons of the domain errors of the reports context: `DomainError.reason`, answered in the problem body.
 * Stable: clients may branch on them. Their Japanese and English messages are in @tamago/i18n
 * (libs/i18n/src/locales/{ja,en}/reports.ts).
 */
export const ReportsError = {
  FieldNotUsed: 'reports.fieldNotUsed',
  FieldRequired: 'reports.fieldRequired',
  FiscalYearInvalid: 'reports.fiscalYearInvalid',
  FiscalYearNotStarted: 'reports.fiscalYearNotStarted',
  NotOneOf: 'reports.notOneOf',
  PeriodAndFiscalYear: 'reports.periodAndFiscalYear',
  PeriodInFuture: 'reports.periodInFuture',
  PeriodInvalid: 'reports.periodInvalid',
  PeriodTooEarly: 'reports.periodTooEarly',
  RecipientNotEmail: 'reports.recipientNotEmail',
  ReportExpired: 'reports.reportExpired',
  ReportNotFound: 'reports.reportNotFound',
  ReportNotReady: 'reports.reportNotReady',
  RetentionDaysInvalid: 'reports.retentionDaysInvalid',
  ScheduledFormatUnknown: 'reports.scheduledFormatUnknown',
  TooManyRecipients: 'reports.tooManyRecipients',
} as const;
export type ReportsError = (typeof ReportsError)[keyof typeof ReportsError];
