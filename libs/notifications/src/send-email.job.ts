import { Injectable, Logger } from '@nestjs/common';
import { HandlesJob, JobHandler, SendEmailPayload } from '@tamago/jobs';
import { MailService } from './mail.service';

/** Delivers queued mail (`send-email`). Registered only in the worker. */
@Injectable()
@JobHandler('send-email')
export class SendEmailJob implements HandlesJob<'send-email'> {
  private readonly logger = new Logger(SendEmailJob.name);

  constructor(private readonly mail: MailService) {}

  async handle(payload: SendEmailPayload): Promise<{ messageId: string }> {
    const messageId = await this.mail.send(payload);
    this.logger.log({ msg: 'mail sent', kind: payload.kind });
    return { messageId };
  }
}
