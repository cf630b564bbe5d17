/**
 * Reasons of the domain errors of the jobs context: `DomainError.reason`, answered in the problem body.
 * Stable: clients may branch on them. Their Japanese and English messages are in @tamago/i18n
 * (libs/i18n/src/locales/{ja,en}/jobs.ts).
 */
export const JobsError = {
  DailyHasNoDay: 'jobs.dailyHasNoDay',
  ScheduledKindNotFound: 'jobs.scheduledKindNotFound',
} as const;
export type JobsError = (typeof JobsError)[keyof typeof JobsError];
