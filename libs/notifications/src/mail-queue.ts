import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { JobProducer, OutboxService, SendEmailPayload, jobId } from '@tamago/jobs';

/** Puts rendered mail on the notifications queue; the worker delivers it with retries. */
@Injectable()
export class MailQueue {
  constructor(
    private readonly jobs: JobProducer,
    private readonly outbox: OutboxService,
  ) {}

  /**
   * Enqueues one message. `dedupeKey` makes the job id deterministic, so the same
   * notification triggered twice is sent once.
   */
  async enqueue(mail: SendEmailPayload, dedupeKey: string): Promise<void> {
    await this.jobs.add('send-email', mail, { id: jobId('email', dedupeKey) });
  }

  /**
   * Writes one message into the caller's transaction (the outbox): it leaves only if the transaction
   * commits, and it still leaves if the process dies right after the commit.
   */
  async enqueueIn(em: EntityManager, mail: SendEmailPayload, dedupeKey: string): Promise<void> {
    await this.outbox.enqueue(em, 'send-email', mail, { id: jobId('email', dedupeKey) });
  }
}
