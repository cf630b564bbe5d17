export { NotificationsModule } from './notifications.module';
export { NotificationsJobsModule } from './notifications-jobs.module';
export { MailQueue } from './mail-queue';
export { MailService } from './mail.service';
export { invitationMail, passwordResetMail, Locale } from './templates';
