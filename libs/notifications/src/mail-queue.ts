import { Injectable } from '@nestjs/common';
import { JobProducer, SendEmailPayload, jobId } from '@tamago/jobs';

/** Puts rendered mail on the notifications queue; the worker delivers it with retries. */
@Injectable()
export class MailQueue {
  constructor(private readonly jobs: JobProducer) {}

  /**
   * Enqueues one message. `dedupeKey` makes the job id deterministic, so the same
   * notification triggered twice is sent once.
   */
  async enqueue(mail: SendEmailPayload, dedupeKey: string): Promise<void> {
    await this.jobs.add('send-email', mail, { id: jobId('email', dedupeKey) });
  }
}
