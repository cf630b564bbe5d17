/**
 * Reasons of the domain errors of the notifications context: `DomainError.reason`, answered in the problem body.
 * Stable: clients may branch on them. Their Japanese and English messages are in @tamago/i18n
 * (libs/i18n/src/locales/{ja,en}/notifications.ts).
 */
export const NotificationsError = {
  KindUnknown: 'notifications.kindUnknown',
  MailMandatory: 'notifications.mailMandatory',
  MailSuppressionNotFound: 'notifications.mailSuppressionNotFound',
  NotificationNotFound: 'notifications.notificationNotFound',
} as const;
export type NotificationsError = (typeof NotificationsError)[keyof typeof NotificationsError];
