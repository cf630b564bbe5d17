import type { Catalogue } from '../catalogue';

/** English messages of the reasons `reports.*`. */
export const reports: Catalogue['errors']['reports'] = {
  fieldNotUsed: '{{field}} is not used by the {{type}} report.',
  fieldRequired: '{{fields}} is required for {{type}}.',
  fiscalYearInvalid: 'fiscalYear must be a year like 2026 (the fiscal year starting in 2026).',
  fiscalYearNotStarted: 'fiscal year {{value}} has not started yet.',
  notOneOf: '{{field}} must be one of {{list}}.',
  periodAndFiscalYear: 'Give either period or fiscalYear, not both.',
  periodInFuture: 'period {{value}} is in the future.',
  periodInvalid: 'period must be a month like 2027-01.',
  periodTooEarly: 'period must be 2000-01 or later.',
  recipientNotEmail: '{{recipient}} is not an email address.',
  reportExpired: 'Report {{id}} has expired; ask for it again to rebuild it.',
  reportNotFound: 'Report {{id}} was not found.',
  reportNotReady: 'Report {{id}} is {{runStatus}}; its file is not ready.',
  retentionDaysInvalid: 'retentionDays must be a whole number of days from 1 to 3650.',
  scheduledFormatUnknown: 'scheduledFormat must be one of {{allowed}}.',
  tooManyRecipients: 'At most 20 recipients.',
};
