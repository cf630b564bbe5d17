import { Injectable, OnApplicationShutdown } from '@nestjs/common';
import { Client } from 'pg';
import { AppConfig } from '@tamago/config';
import { ACTOR_SETTING, APP_ROLE, FACILITY_SETTING } from '@tamago/database';

/**
 * Writes the `sent` records of batched mails in one round trip each: an autocommit UPDATE on a session
 * of its own that holds the RLS role and the facility (set once per facility, not per write), instead
 * of a pooled transaction's four (BEGIN, settings, UPDATE, COMMIT). A record has committed when
 * markSent resolves. On any error the session is dropped and the next write opens a new one; the
 * failed write's batch fails and is retried.
 */
@Injectable()
export class SentRecordWriter implements OnApplicationShutdown {
  private client: Client | null = null;
  private facility: string | null = null;

  constructor(private readonly config: AppConfig) {}

  /** The last write in flight: writes run one after another, so a facility setting is never switched under another's UPDATE. */
  private tail: Promise<unknown> = Promise.resolve();

  markSent(facilityId: string, notificationIds: string[]): Promise<void> {
    // Batches of different facilities share this one session: the setting and the UPDATE of one
    // write must not interleave with another's (its UPDATE would match no row under RLS).
    const run = this.tail.then(() => this.write(facilityId, notificationIds));
    this.tail = run.catch(() => undefined);
    return run;
  }

  private async write(facilityId: string, notificationIds: string[]): Promise<void> {
    try {
      const c = await this.session();
      if (this.facility !== facilityId) {
        await c.query(`SELECT set_config($1, $2, false), set_config($3, '', false)`, [
          FACILITY_SETTING,
          facilityId,
          ACTOR_SETTING,
        ]);
        this.facility = facilityId;
      }
      const res = await c.query(
        `UPDATE notifications SET email_status = 'sent', email_error = NULL WHERE facility_id = $1 AND id = ANY($2::uuid[])`,
        [facilityId, notificationIds],
      );
      // Every mail of the write is a notification of this facility: fewer rows means the session is not
      // what it should be (its facility setting); failing, the batch is retried, where a silently lost
      // record would leave a mail that went out queued for ever.
      const expected = new Set(notificationIds).size;
      if (res.rowCount !== expected)
        throw new Error(`sent records: ${res.rowCount ?? 0} of ${expected} notifications updated`);
    } catch (e) {
      this.drop();
      throw e;
    }
  }

  private async session(): Promise<Client> {
    if (this.client) return this.client;
    const c = new Client({ connectionString: this.config.DATABASE_URL, application_name: 'tamago-mail-records' });
    c.on('error', () => {
      if (this.client === c) this.drop();
    });
    try {
      await c.connect();
      await c.query(`SELECT set_config('role', $1, false)`, [APP_ROLE]);
    } catch (e) {
      // Not awaited: ending a client whose connection never opened may never settle.
      void c.end().catch(() => undefined);
      throw e;
    }
    this.client = c;
    this.facility = null;
    return c;
  }

  private drop(): void {
    const c = this.client;
    this.client = null;
    this.facility = null;
    void c?.end().catch(() => undefined);
  }

  async onApplicationShutdown(): Promise<void> {
    const c = this.client;
    this.client = null;
    await c?.end().catch(() => undefined);
  }
}
