import { Module } from '@nestjs/common';
import { MailQueue } from './mail-queue';

/** Producers of notifications, for any context that needs to send mail. */
@Module({ providers: [MailQueue], exports: [MailQueue] })
export class NotificationsModule {}
