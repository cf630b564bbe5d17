import type { Catalogue } from '../catalogue';

/** English messages of the reasons `notifications.*`. */
export const notifications: Catalogue['errors']['notifications'] = {
  kindUnknown: 'Unknown notification kind: {{kind}}',
  mailMandatory: '{{kind}} mail cannot be switched off (invoices and legal notices).',
  mailSuppressionNotFound: 'Mail suppression {{id}} was not found.',
  notificationNotFound: 'Notification {{id}} was not found.',
};
