import { Injectable, Logger } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import { EntityManager } from 'typeorm';
import { HandlesJob, JobHandler, SendEmailPayload, isLastAttempt } from '@tamago/jobs';
import { MailDeliveryService } from './mail-delivery.service';
import { MailService } from './mail.service';

/**
 * Delivers queued mail (`send-email`). Registered only in the worker. A notification mail (one with
 * a deliveryKey) is recorded as sent after the server accepted it and skipped when already recorded;
 * a permanent refusal (5xx) records the address as suppressed and fails the job without retry; other
 * failures (server down) retry with the contract's backoff.
 *
 * Two attempts of one notification mail never overlap (MailDeliveryService.exclusively): a retry
 * started while a slow first attempt still runs waits for it and then skips the recorded mail.
 * The one gap: the server accepted the message and the worker died before recording it. The job is
 * then retried and the mail goes a second time, with the same Message-ID (derived from the
 * notification), so mail clients that deduplicate by Message-ID show it once.
 */
@Injectable()
@JobHandler('send-email')
export class SendEmailJob implements HandlesJob<'send-email'> {
  private readonly logger = new Logger(SendEmailJob.name);

  constructor(
    private readonly mail: MailService,
    private readonly deliveries: MailDeliveryService,
  ) {}

  async handle(payload: SendEmailPayload, job: Job): Promise<{ messageId: string | null }> {
    const tracked =
      payload.deliveryKey && payload.facilityId ? { f: payload.facilityId, n: payload.deliveryKey } : null;
    if (!tracked) return this.deliver(payload, job, null);
    const outcome = await this.deliveries.exclusively(tracked.f, tracked.n, (em) =>
      this.deliver(payload, job, tracked, em),
    );
    // Another attempt of this mail is sending it right now: retry later, when it is recorded.
    if (outcome === 'busy') throw new Error('another attempt is delivering this mail; retrying');
    return outcome;
  }

  private async deliver(
    payload: SendEmailPayload,
    job: Job,
    tracked: { f: string; n: string } | null,
    em: EntityManager | null = null,
  ): Promise<{ messageId: string | null }> {
    if (tracked && em) {
      const may = await this.deliveries.mayDeliverIn(em, tracked.f, tracked.n, payload.to);
      if (may !== 'send') return { messageId: null };
    }
    let messageId: string;
    try {
      messageId = await this.mail.send(payload);
    } catch (e) {
      const code = (e as { responseCode?: number }).responseCode;
      const reason = e instanceof Error ? e.message : String(e);
      if (tracked && code !== undefined && code >= 500 && code < 600) {
        await this.deliveries.refuse(tracked.f, payload.to, reason);
        await this.deliveries.mark(tracked.f, tracked.n, 'suppressed', reason);
        throw new UnrecoverableError(`refused by the mail server: ${reason}`);
      }
      if (tracked && isLastAttempt(job)) await this.deliveries.mark(tracked.f, tracked.n, 'failed', reason);
      throw e;
    }
    // Recorded in the lock's transaction (the failures above use their own: this one rolls back).
    if (tracked && em) await this.deliveries.markIn(em, tracked.f, tracked.n, 'sent');
    this.logger.log({ msg: 'mail sent', kind: payload.kind });
    return { messageId };
  }
}
