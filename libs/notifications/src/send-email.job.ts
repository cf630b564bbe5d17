import { Processor, WorkerHost } from '@nestjs/bullmq';
import { Logger } from '@nestjs/common';
import { Job } from 'bullmq';
import { QUEUES, SendEmailPayload } from '@tamago/jobs';
import { MailService } from './mail.service';

/** Delivers queued mail. Registered only in the worker. */
@Processor(QUEUES.notifications)
export class SendEmailJob extends WorkerHost {
  private readonly logger = new Logger(SendEmailJob.name);

  constructor(private readonly mail: MailService) {
    super();
  }

  async process(job: Job<SendEmailPayload>): Promise<{ messageId: string }> {
    const messageId = await this.mail.send(job.data);
    this.logger.log({ msg: 'mail sent', kind: job.data.kind, jobId: job.id });
    return { messageId };
  }
}
