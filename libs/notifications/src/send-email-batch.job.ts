import { performance } from 'node:perf_hooks';
import { Injectable, Logger } from '@nestjs/common';
import { Job, UnrecoverableError } from 'bullmq';
import { AppConfig } from '@tamago/config';
import {
  BulkJob,
  HandlesJob,
  JobHandler,
  JobProducer,
  SendEmailBatchPayload,
  SendEmailPayload,
  isLastAttempt,
  jobId,
} from '@tamago/jobs';
import { MailDeliveryService } from './mail-delivery.service';
import { MailService } from './mail.service';
import { SentRecordWriter } from './sent-record-writer';

/**
 * How many mails of all batches a worker process has between "handed to the mail server" and "recorded
 * as sent" at once (the pooled transport has as many connections). Each lane waits for its mail's
 * record before it takes the next, so a worker killed at any instant has at most this many mails
 * accepted and not recorded — the documented window, one mail per lane, as with the send-email jobs
 * the notifications queue ran five at a time.
 */
export const MAIL_LANES = 5;

/** What a batch did with its mails (the job's return value). */
export interface MailBatchOutcome {
  sent: number;
  /** Already recorded as sent (a retried or duplicated batch). */
  alreadySent: number;
  /** Refused now (5xx) or earlier (suppressed address). */
  suppressed: number;
  /** Handed to send-email jobs of their own: failed for a passing reason, or held by another attempt. */
  handedOver: number;
}

/** A counting semaphore: at most `size` tasks run at once, the others wait in order. */
class Lanes {
  private free: number;
  private readonly waiting: (() => void)[] = [];

  constructor(size: number) {
    this.free = size;
  }

  async run<T>(task: () => Promise<T>): Promise<T> {
    if (this.free > 0) this.free -= 1;
    else await new Promise<void>((r) => this.waiting.push(r));
    try {
      return await task();
    } finally {
      const next = this.waiting.shift();
      if (next) next();
      else this.free += 1;
    }
  }
}

/**
 * Records sent mails as they come: a record asked for while a write is in flight joins the next one,
 * so the lanes' mails are recorded a few per transaction, each committed before its lane goes on.
 */
class SentRecorder {
  private readonly pending = new Map<string, { ids: string[]; done: { ok: () => void; ko: (e: unknown) => void }[] }>();
  private flushing: Promise<void> | null = null;

  constructor(private readonly writer: SentRecordWriter) {}

  /** Resolves once the mail's `sent` record has committed. */
  record(facilityId: string, notificationId: string): Promise<void> {
    return new Promise<void>((ok, ko) => {
      const entry = this.pending.get(facilityId) ?? { ids: [], done: [] };
      entry.ids.push(notificationId);
      entry.done.push({ ok, ko });
      this.pending.set(facilityId, entry);
      this.kick();
    });
  }

  private kick(): void {
    if (this.flushing) return;
    this.flushing = this.flush().finally(() => {
      this.flushing = null;
      if (this.pending.size) this.kick();
    });
  }

  private async flush(): Promise<void> {
    while (this.pending.size) {
      const [facilityId, entry] = this.pending.entries().next().value!;
      this.pending.delete(facilityId);
      try {
        await this.writer.markSent(facilityId, entry.ids);
        for (const d of entry.done) d.ok();
      } catch (e) {
        for (const d of entry.done) d.ko(e);
      }
    }
  }
}

/**
 * Delivers a batch of one facility's notification mails (`send-email-batch`, made by the outbox relay)
 * with the guarantees of one send-email job per mail:
 *
 * - One transaction holds each mail's advisory lock (the single mail's lock) for the whole batch, so two
 *   workers or two attempts never send one mail at once; a mail another attempt holds is handed to a
 *   send-email job of its own, which waits its turn and then finds it recorded.
 * - After the locks, one query reads which mails are already recorded as sent (skipped: a retried or
 *   duplicated batch sends nothing twice) and which addresses are suppressed (recorded, not sent).
 * - The mails go over the pooled transport, MAIL_LANES at a time in the whole process; each is recorded
 *   as sent as soon as the server accepted it, in a commit of its own (shared with the other lanes'
 *   mails of that instant), before its lane takes the next mail. A worker killed mid-batch leaves the
 *   mails sent so far recorded; only a mail accepted and not yet recorded goes again on the retry (the
 *   documented window, per mail, with its stable Message-ID).
 * - A permanent refusal (5xx) suppresses that address and records that mail; any other failure hands
 *   that mail to a send-email job (its retries with backoff, then failed as dead letter, as before).
 *   Neither stops the others of the batch.
 * - A batch that fails its last attempt (or cannot be delivered at all) records its mails still queued
 *   as failed with the reason, as a send-email job's last attempt records its mail, so none stays
 *   queued for ever and staff see them as not delivered.
 */
@Injectable()
@JobHandler('send-email-batch')
export class SendEmailBatchJob implements HandlesJob<'send-email-batch'> {
  private readonly logger = new Logger(SendEmailBatchJob.name);
  private readonly lanes = new Lanes(MAIL_LANES);
  private readonly recorder: SentRecorder;

  constructor(
    private readonly mail: MailService,
    private readonly deliveries: MailDeliveryService,
    private readonly jobs: JobProducer,
    private readonly config: AppConfig,
    writer: SentRecordWriter,
  ) {
    this.recorder = new SentRecorder(writer);
  }

  async handle(payload: SendEmailBatchPayload, job: Job): Promise<MailBatchOutcome> {
    try {
      return await this.deliver(payload);
    } catch (e) {
      if (e instanceof UnrecoverableError || isLastAttempt(job)) await this.giveUp(payload, e);
      throw e;
    }
  }

  /** The batch's last attempt failed: its mails still queued become failed, with the reason. */
  private async giveUp(payload: SendEmailBatchPayload, e: unknown): Promise<void> {
    const reason = `mail batch failed: ${e instanceof Error ? e.message : String(e)}`;
    const ids = payload.mails
      .filter((m) => m.deliveryKey && m.facilityId === payload.facilityId)
      .map((m) => m.deliveryKey!);
    try {
      await this.deliveries.failQueued(payload.facilityId, ids, reason);
    } catch (err) {
      // The database itself is what failed: the mails stay queued and the failed job names them.
      this.logger.error({ msg: 'mail batch failed; its mails could not be recorded failed', err });
    }
  }

  private async deliver(payload: SendEmailBatchPayload): Promise<MailBatchOutcome> {
    const started = performance.now();
    const f = payload.facilityId;
    const byId = new Map<string, SendEmailPayload>();
    for (const m of payload.mails) {
      if (!m.deliveryKey || m.facilityId !== f)
        throw new UnrecoverableError('a batch holds only notification mails (deliveryKey) of its facility');
      byId.set(m.deliveryKey, m);
    }
    const outcome = await this.deliveries.exclusivelyMany(f, [...byId.keys()], async (em, held) => {
      const heldSet = new Set(held);
      const busy = [...byId.values()].filter((m) => !heldSet.has(m.deliveryKey!));
      const may = await this.deliveries.mayDeliverManyIn(
        em,
        f,
        held.map((id) => ({ id, email: byId.get(id)!.to })),
      );
      const toSend = held.filter((id) => may.get(id) === 'send').map((id) => byId.get(id)!);
      const refusedNow = new Map<string, string>(); // address → the server's answer
      const suppressedNow: { id: string; reason: string }[] = [];
      const failed: SendEmailPayload[] = [];
      let sent = 0;
      let recordError: unknown = null;
      // Where a lane's time goes (logged with the outcome): the SMTP exchanges and the waits for records.
      const ms = { smtp: 0, record: 0 };
      await Promise.all(
        toSend.map((m) =>
          this.lanes.run(async () => {
            const address = m.to.toLowerCase();
            const refusal = refusedNow.get(address);
            if (refusal !== undefined || recordError) {
              if (refusal !== undefined) suppressedNow.push({ id: m.deliveryKey!, reason: refusal });
              return;
            }
            const t0 = performance.now();
            try {
              await this.mail.send(m);
            } catch (e) {
              const code = (e as { responseCode?: number }).responseCode;
              const reason = e instanceof Error ? e.message : String(e);
              if (code !== undefined && code >= 500 && code < 600) {
                refusedNow.set(address, reason);
                suppressedNow.push({ id: m.deliveryKey!, reason });
              } else failed.push(m);
              return;
            }
            const t1 = performance.now();
            ms.smtp += t1 - t0;
            try {
              await this.recorder.record(f, m.deliveryKey!);
              ms.record += performance.now() - t1;
              sent += 1;
            } catch (e) {
              // Accepted, not recorded: the batch fails and its retry sends this one again (the window).
              recordError ??= e;
            }
            if (this.config.MAIL_BATCH_PAUSE_MS)
              await new Promise((r) => setTimeout(r, this.config.MAIL_BATCH_PAUSE_MS));
          }),
        ),
      );
      if (recordError) throw recordError;
      for (const [address, reason] of refusedNow) await this.deliveries.refuseIn(em, f, address, reason);
      for (const s of suppressedNow) await this.deliveries.markManyIn(em, f, [s.id], 'suppressed', s.reason);
      const handOver = [...failed, ...busy];
      if (handOver.length)
        await this.jobs.addBulk(
          handOver.map((m): BulkJob<'send-email'> => ({
            name: 'send-email',
            payload: m,
            // The contract's first backoff: a passing failure is not retried at once.
            opts: { id: jobId('mail-retry', m.deliveryKey!), delay: 5_000 },
          })),
        );
      return {
        sent,
        alreadySent: held.filter((id) => may.get(id) === 'sent').length,
        suppressed: suppressedNow.length + held.filter((id) => may.get(id) === 'suppressed').length,
        handedOver: handOver.length,
        ms,
      };
    });
    const { ms, ...result } = outcome;
    this.logger.log({
      msg: 'mail batch sent',
      facilityId: f,
      ...result,
      smtpMs: Math.round(ms.smtp),
      recordWaitMs: Math.round(ms.record),
      batchMs: Math.round(performance.now() - started),
    });
    return result;
  }
}
