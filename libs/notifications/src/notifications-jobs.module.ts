import { Module } from '@nestjs/common';
import { MailDeliveryService } from './mail-delivery.service';
import { MailService } from './mail.service';
import { SendEmailJob } from './send-email.job';

/** The notification processors; imported by the worker app only. */
@Module({ providers: [MailService, MailDeliveryService, SendEmailJob] })
export class NotificationsJobsModule {}
