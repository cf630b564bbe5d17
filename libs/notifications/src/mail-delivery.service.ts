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
