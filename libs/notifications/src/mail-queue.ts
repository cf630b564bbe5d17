import { InjectQueue } from '@nestjs/bullmq';
import { Injectable } from '@nestjs/common';
import { Queue } from 'bullmq';
import { JOBS, JOB_OPTIONS, QUEUES, SendEmailPayload } from '@tamago/jobs';

/** Puts rendered mail on the notifications queue; the worker delivers it with retries. */
@Injectable()
export class MailQueue {
  constructor(@InjectQueue(QUEUES.notifications) private readonly queue: Queue) {}

  /**
   * Enqueues one message. `dedupeKey` makes the job id deterministic, so the same
   * notification triggered twice is sent once.
   */
  async enqueue(mail: SendEmailPayload, dedupeKey: string): Promise<void> {
    await this.queue.add(JOBS.sendEmail, mail, { ...JOB_OPTIONS[JOBS.sendEmail], jobId: `email:${dedupeKey}` });
  }
}
