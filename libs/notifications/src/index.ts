export { NotificationsModule } from './notifications.module';
export { NotificationsJobsModule } from './notifications-jobs.module';
export { MailQueue } from './mail-queue';
export { MailService } from './mail.service';
export { MailDeliveryService } from './mail-delivery.service';
export { accountExistsMail, invitationMail, passwordResetMail } from './templates';
export {
  Locale,
  MessageKind,
  MessageParams,
  RenderedMessage,
  renderMessage,
  isMessageKind,
  formatParam,
} from './message-renderer';
export {
  NotificationService,
  NotifyInput,
  NotifyOutcome,
  PreparedNotification,
  Recipient,
  MANDATORY_KINDS,
} from './notification.service';
export { InboxService, InboxQuery } from './inbox.service';
export { type Notification, EmailStatus } from './entities/notification.entity';
export { type NotificationPreference } from './entities/notification-preference.entity';
export { type MailSuppression } from './entities/mail-suppression.entity';
