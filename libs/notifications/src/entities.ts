// The entity classes of this context, for libs/schema (the data source's entity list) and tests only.
// Other libraries reach this context through its index (services and plain types), never through these.
import { MailSuppression } from './entities/mail-suppression.entity';
import { NotificationPreference } from './entities/notification-preference.entity';
import { Notification } from './entities/notification.entity';

export { Notification, NotificationPreference, MailSuppression };

/** Every entity of this context, in the order libs/schema lists them. */
export const NOTIFICATIONS_ENTITIES = [Notification, NotificationPreference, MailSuppression];
