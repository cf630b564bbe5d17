import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { TransactionRunner } from '@tamago/database';

/** The delivery bookkeeping of notification mails, for the send-email job. */
@Injectable()
export class MailDeliveryService {
  constructor(private readonly tx: TransactionRunner) {}

  /**
   * Runs `work` (check, send, record) holding a transaction-level advisory lock on the notification,
   * so two attempts of its mail never overlap — a job retried after its lock lapsed while the first
   * attempt still runs (a busy worker) waits its turn and then finds the mail recorded as sent.
   * Answers 'busy' without running `work` when another attempt holds it. A crash releases the lock.
   */
  async exclusively<T>(
    facilityId: string,
    notificationId: string,
    work: (em: EntityManager) => Promise<T>,
  ): Promise<T | 'busy'> {
    return this.tx.inFacility(facilityId, async (em) => {
      const [row]: { locked: boolean }[] = await em.query(
        `SELECT pg_try_advisory_xact_lock(hashtext('notification-mail:' || $1::text)) AS locked`,
        [notificationId],
      );
      return row.locked ? work(em) : 'busy';
    });
  }

  /**
   * `exclusively` for a batch of notifications: one transaction holds the advisory lock of each mail it
   * could take (the same lock as a single mail's, so a batch and a send-email job of one mail never
   * overlap); `work` gets the ids it holds, in the order given, and the others are busy (another
   * attempt is sending them). The locks last until `work` has finished.
   */
  async exclusivelyMany<T>(
    facilityId: string,
    notificationIds: string[],
    work: (em: EntityManager, held: string[]) => Promise<T>,
  ): Promise<T> {
    return this.tx.inFacility(facilityId, async (em) => {
      const rows: { id: string }[] = await em.query(
        `SELECT m.id FROM unnest($1::uuid[]) WITH ORDINALITY AS m(id, ord)
          WHERE pg_try_advisory_xact_lock(hashtext('notification-mail:' || m.id::text)) ORDER BY m.ord`,
        [notificationIds],
      );
      return work(
        em,
        rows.map((r) => r.id),
      );
    });
  }

  /**
   * mayDeliverIn of many mails in one query (and one UPDATE for the refused ones): what each may do,
   * by notification id. In the locks' transaction, after the locks were taken.
   */
  async mayDeliverManyIn(
    em: EntityManager,
    facilityId: string,
    mails: { id: string; email: string }[],
  ): Promise<Map<string, 'send' | 'sent' | 'suppressed'>> {
    const rows: { id: string; email_status: string | null; refused: boolean }[] = await em.query(
      `SELECT m.id, n.email_status,
              EXISTS (SELECT 1 FROM mail_suppressions s WHERE s.facility_id = $1 AND s.email = m.email) AS refused
         FROM unnest($2::uuid[], $3::text[]) AS m(id, email)
         LEFT JOIN notifications n ON n.facility_id = $1 AND n.id = m.id`,
      [facilityId, mails.map((m) => m.id), mails.map((m) => m.email.toLowerCase())],
    );
    const out = new Map<string, 'send' | 'sent' | 'suppressed'>();
    for (const r of rows) out.set(r.id, r.email_status === 'sent' ? 'sent' : r.refused ? 'suppressed' : 'send');
    const refused = rows.filter((r) => r.email_status !== 'sent' && r.refused).map((r) => r.id);
    if (refused.length) await this.markManyIn(em, facilityId, refused, 'suppressed', 'address refused earlier');
    return out;
  }

  /** markIn of many notifications with one outcome, in one statement. */
  async markManyIn(
    em: EntityManager,
    facilityId: string,
    notificationIds: string[],
    status: 'sent' | 'failed' | 'suppressed',
    error?: string,
  ): Promise<void> {
    await em.query(
      `UPDATE notifications SET email_status = $3, email_error = $4 WHERE facility_id = $1 AND id = ANY($2::uuid[])`,
      [facilityId, notificationIds, status, error?.slice(0, 500) ?? null],
    );
  }

  /** refuse, in the caller's transaction. */
  async refuseIn(em: EntityManager, facilityId: string, email: string, reason: string): Promise<void> {
    await em.query(
      `INSERT INTO mail_suppressions (facility_id, email, reason) VALUES ($1, $2, $3) ON CONFLICT (facility_id, email) DO NOTHING`,
      [facilityId, email.toLowerCase(), reason.slice(0, 500)],
    );
  }

  /**
   * Whether the mail may go: not yet recorded as sent and the address not refused before. In the
   * lock's transaction (`em` of exclusively), so the check costs no transaction of its own.
   */
  async mayDeliverIn(
    em: EntityManager,
    facilityId: string,
    notificationId: string,
    email: string,
  ): Promise<'send' | 'sent' | 'suppressed'> {
    const [row]: { email_status: string | null; refused: boolean }[] = await em.query(
      `SELECT (SELECT email_status FROM notifications WHERE facility_id = $1 AND id = $2) AS email_status,
              EXISTS (SELECT 1 FROM mail_suppressions WHERE facility_id = $1 AND email = $3) AS refused`,
      [facilityId, notificationId, email.toLowerCase()],
    );
    if (row.email_status === 'sent') return 'sent';
    if (row.refused) {
      await this.markIn(em, facilityId, notificationId, 'suppressed', 'address refused earlier');
      return 'suppressed';
    }
    return 'send';
  }

  /** Records the outcome of a notification mail in the caller's transaction (the lock's, on success). */
  async markIn(
    em: EntityManager,
    facilityId: string,
    notificationId: string,
    status: 'sent' | 'failed' | 'suppressed',
    error?: string,
  ): Promise<void> {
    await em.query(`UPDATE notifications SET email_status = $3, email_error = $4 WHERE facility_id = $1 AND id = $2`, [
      facilityId,
      notificationId,
      status,
      error?.slice(0, 500) ?? null,
    ]);
  }

  /**
   * Records the mails of `notificationIds` that are still queued (neither sent, refused nor failed by
   * now) as failed, in a transaction of its own: a batch whose last attempt failed leaves none queued.
   */
  async failQueued(facilityId: string, notificationIds: string[], error: string): Promise<void> {
    await this.tx.inFacility(facilityId, (em) =>
      em.query(
        `UPDATE notifications SET email_status = 'failed', email_error = $3
          WHERE facility_id = $1 AND id = ANY($2::uuid[]) AND email_status = 'queued'`,
        [facilityId, notificationIds, error.slice(0, 500)],
      ),
    );
  }

  /** Records the outcome of a notification mail. */
  async mark(
    facilityId: string,
    notificationId: string,
    status: 'sent' | 'failed' | 'suppressed',
    error?: string,
  ): Promise<void> {
    await this.tx.inFacility(facilityId, (em) =>
      em.query(`UPDATE notifications SET email_status = $3, email_error = $4 WHERE facility_id = $1 AND id = $2`, [
        facilityId,
        notificationId,
        status,
        error?.slice(0, 500) ?? null,
      ]),
    );
  }

  /** Records an address the server refused permanently, so it is not tried again. */
  async refuse(facilityId: string, email: string, reason: string): Promise<void> {
    await this.tx.inFacility(facilityId, (em) =>
      em.query(
        `INSERT INTO mail_suppressions (facility_id, email, reason) VALUES ($1, $2, $3) ON CONFLICT (facility_id, email) DO NOTHING`,
        [facilityId, email.toLowerCase(), reason.slice(0, 500)],
      ),
    );
  }
}
