import { Module } from '@nestjs/common';
import { MailService } from './mail.service';
import { SendEmailJob } from './send-email.job';

/** The notification processors; imported by the worker app only. */
@Module({ providers: [MailService, SendEmailJob] })
export class NotificationsJobsModule {}
