import { Module } from '@nestjs/common';
import { InboxService } from './inbox.service';
import { MailQueue } from './mail-queue';
import { NotificationService } from './notification.service';

/** Notifications for any context: mail producers, the notification service, the inbox. */
@Module({
  providers: [MailQueue, NotificationService, InboxService],
  exports: [MailQueue, NotificationService, InboxService],
})
export class NotificationsModule {}
