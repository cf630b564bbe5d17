import { Module } from '@nestjs/common';
import { MailDeliveryService } from './mail-delivery.service';
import { MailService } from './mail.service';
import { SendEmailBatchJob } from './send-email-batch.job';
import { SendEmailJob } from './send-email.job';
import { SentRecordWriter } from './sent-record-writer';

/** The notification processors; imported by the worker app only. */
@Module({ providers: [MailService, MailDeliveryService, SendEmailJob, SendEmailBatchJob, SentRecordWriter] })
export class NotificationsJobsModule {}
