/**
 * Reasons of the domain errors of the reminders context: `DomainError.reason`, answered in the problem body.
 * Stable: clients may branch on them. Their Japanese and English messages are in @tamago/i18n
 * (libs/i18n/src/locales/{ja,en}/reminders.ts).
 */
export const RemindersError = {
  DunningHasNoLeadTimes: 'reminders.dunningHasNoLeadTimes',
  KindHasNoLeadTimes: 'reminders.kindHasNoLeadTimes',
  LeadTimesInvalid: 'reminders.leadTimesInvalid',
  ReminderKindNotFound: 'reminders.reminderKindNotFound',
} as const;
export type RemindersError = (typeof RemindersError)[keyof typeof RemindersError];
