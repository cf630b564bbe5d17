import { Injectable, Logger, OnApplicationBootstrap, OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { AppConfig } from '@tamago/config';
import { JobName } from './contracts';
import { BulkJob } from './job-producer';
import { MAIL_BATCH_SIZE, SendEmailPayload } from './payloads';
import { JobProducer } from './job-producer';
import { OUTBOX_CHANNEL } from './outbox.service';

const POLL_MS = 5_000;
const BATCH = 100;
const KEEP_RELAYED_DAYS = 7;

/**
 * Moves committed outbox rows to BullMQ (worker only). It wakes on NOTIFY from committing
 * transactions and polls every few seconds as well, so rows of a crashed relay or a missed
 * notification go out too. Rows are claimed with SKIP LOCKED: several workers relay side by side.
 * While Redis is down the add fails, the claim rolls back and the rows wait for the next pass.
 * Notification mails of one facility (a deliveryKey, no attachment) leave as `send-email-batch` jobs
 * of up to MAIL_BATCH_SIZE mails instead of one job each (see relayedJobs).
 */
@Injectable()
export class OutboxRelay implements OnApplicationBootstrap, OnApplicationShutdown {
  private readonly logger = new Logger(OutboxRelay.name);
  private listener?: Client;
  private connecting = false;
  private timer?: NodeJS.Timeout;
  private running: Promise<void> | null = null;
  private again = false;
  private stopped = false;

  constructor(
    private readonly dataSource: DataSource,
    private readonly jobs: JobProducer,
    private readonly config: AppConfig,
  ) {}

  async onApplicationBootstrap(): Promise<void> {
    this.timer = setInterval(() => {
      this.kick();
      this.ensureListening();
    }, POLL_MS);
    await this.listen().catch((e: unknown) =>
      this.logger.warn({ msg: 'outbox LISTEN failed; polling', err: String(e) }),
    );
    this.kick();
  }

  async onApplicationShutdown(): Promise<void> {
    this.stopped = true;
    clearInterval(this.timer);
    await this.running;
    await this.listener?.end().catch(() => undefined);
  }

  /** Relays what is pending now; resolves when this pass is done (tests and the CLI use it). */
  async flush(): Promise<void> {
    this.kick();
    while (this.running) await this.running;
  }

  private async listen(): Promise<void> {
    const client = new Client({ connectionString: this.config.DATABASE_URL, application_name: 'tamago-outbox' });
    client.on('error', () => undefined);
    client.on('notification', () => this.kick());
    // A restarted or failed-over PostgreSQL ends the session: listen again at the next poll.
    client.on('end', () => {
      if (this.listener === client) this.listener = undefined;
    });
    try {
      await client.connect();
      await client.query(`LISTEN ${OUTBOX_CHANNEL}`);
    } catch (e) {
      // Not awaited: ending a client whose connection never opened may never settle.
      void client.end().catch(() => undefined);
      throw e;
    }
    this.listener = client;
  }

  /** Re-opens the LISTEN session after the database dropped it (polling covers the gap). */
  private ensureListening(): void {
    if (this.listener || this.connecting || this.stopped) return;
    this.connecting = true;
    this.listen()
      .then(() => this.kick())
      .catch(() => undefined)
      .finally(() => (this.connecting = false));
  }

  private kick(): void {
    if (this.stopped) return;
    if (this.running) {
      this.again = true;
      return;
    }
    this.running = this.drain()
      .catch((e: unknown) => this.logger.warn({ msg: 'outbox relay pass failed; will retry', err: String(e) }))
      .finally(() => {
        this.running = null;
        if (this.again) {
          this.again = false;
          this.kick();
        }
      });
  }

  private async drain(): Promise<void> {
    for (;;) {
      const relayed = await this.dataSource.transaction(async (em) => {
        const rows: OutboxRow[] = await em.query(
          `SELECT id, job_name, payload, job_id, delay_ms FROM outbox_messages
              WHERE relayed_at IS NULL ORDER BY created_at LIMIT ${BATCH} FOR UPDATE SKIP LOCKED`,
        );
        if (rows.length === 0) return 0;
        await this.jobs.addBulk(relayedJobs(rows));
        await em.query(`UPDATE outbox_messages SET relayed_at = now() WHERE id = ANY($1)`, [rows.map((r) => r.id)]);
        return rows.length;
      });
      if (relayed < BATCH) break;
    }
    await this.dataSource.query(
      `DELETE FROM outbox_messages WHERE relayed_at < now() - interval '${KEEP_RELAYED_DAYS} days'`,
    );
  }
}

type OutboxRow = { id: string; job_name: string; payload: object; job_id: string; delay_ms: number };

/**
 * The jobs a pass adds for its claimed rows: each row as its own job, except notification mails
 * (`send-email` with a facility and a deliveryKey, no attachments, no delay), which are grouped per
 * facility into `send-email-batch` jobs of up to MAIL_BATCH_SIZE, in the rows' order. A batch's id is
 * the digest of its mails: a relay that dies between adding and marking adds the same batch again
 * (ignored), or, if the next pass groups differently, a second batch holding some of the same mails,
 * which the batch job's per-mail lock and `sent` check send once.
 */
export function relayedJobs(rows: OutboxRow[]): BulkJob<JobName>[] {
  const jobs: BulkJob<JobName>[] = [];
  const batches = new Map<string, SendEmailPayload[]>();
  for (const r of rows) {
    const mail = r.payload as SendEmailPayload;
    if (
      r.job_name === 'send-email' &&
      mail.facilityId &&
      mail.deliveryKey &&
      !mail.attachments?.length &&
      !r.delay_ms
    ) {
      const list = batches.get(mail.facilityId) ?? [];
      list.push(mail);
      batches.set(mail.facilityId, list);
      continue;
    }
    jobs.push({
      name: r.job_name as JobName,
      payload: r.payload as never,
      opts: { id: r.job_id, delay: r.delay_ms || undefined },
    });
  }
  for (const [facilityId, mails] of batches)
    for (let i = 0; i < mails.length; i += MAIL_BATCH_SIZE)
      jobs.push({
        name: 'send-email-batch',
        payload: { facilityId, mails: mails.slice(i, i + MAIL_BATCH_SIZE) } as never,
      });
  return jobs;
}
