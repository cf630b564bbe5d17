import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { MailAttachmentPayload, OutboxService, jobId } from '@tamago/jobs';
import { EmailStatus } from './entities/notification.entity';
import { Locale, MessageKind, MessageParams, renderMessage } from './message-renderer';

/** Kinds nobody can opt out of: invoices and legal notices. */
export const MANDATORY_KINDS: readonly string[] = ['invoice_issued', 'legal'];

/** Who gets a notification: a user (inbox and mail) or a bare address (mail only, e.g. a billing contact). */
export interface Recipient {
  userId: string | null;
  email: string;
  name: string;
  locale: string;
}

export interface NotifyInput {
  kind: MessageKind;
  /** Unique per facility: the same key twice is one notification and one mail. */
  dedupeKey: string;
  recipient: Recipient;
  /** Template parameters; must include facilityName. ISO dates and amounts are formatted per language. */
  params: MessageParams & { facilityName: string };
  link?: string | null;
  attachments?: MailAttachmentPayload[];
}

/** What notifyIn did: wrote a new notification (and how its mail fared), or found it already written. */
export type NotifyOutcome = { created: true; id: string; email: EmailStatus } | { created: false };

/**
 * Notifications: the one way contexts tell a person something. A notification is written in the
 * caller's transaction (inbox row + outbox mail), once per facility and dedupe key.
 */
@Injectable()
export class NotificationService {
  constructor(private readonly outbox: OutboxService) {}

  /**
   * Writes one notification into the caller's facility transaction: the inbox row, and, unless the
   * address is suppressed or the user opted out of the kind, its mail through the outbox. Nothing is
   * sent if that transaction rolls back; a second call with the same dedupe key does nothing.
   */
  async notifyIn(em: EntityManager, facilityId: string, input: NotifyInput): Promise<NotifyOutcome> {
    const r = input.recipient;
    const locale: Locale = r.locale === 'en' ? 'en' : 'ja';
    const msg = await renderMessage(input.kind, locale, { ...input.params, name: r.name }, input.link);
    const email = r.email.trim().toLowerCase();
    const emailStatus = await this.emailStatusFor(em, facilityId, input.kind, r.userId, email);
    const id = randomUUID();
    const rows: { id: string }[] = await em.query(
      `INSERT INTO notifications (id, facility_id, user_id, email, kind, dedupe_key, locale, title, body, link, email_status)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11)
       ON CONFLICT (facility_id, dedupe_key) DO NOTHING RETURNING id`,
      [
        id,
        facilityId,
        r.userId,
        email,
        input.kind,
        input.dedupeKey,
        locale,
        msg.subject,
        msg.body,
        input.link ?? null,
        emailStatus,
      ],
    );
    if (rows.length === 0) return { created: false };
    if (emailStatus === 'queued') {
      await this.outbox.enqueue(
        em,
        'send-email',
        {
          facilityId,
          to: email,
          subject: msg.subject,
          text: msg.text,
          html: msg.html,
          kind: input.kind,
          deliveryKey: id,
          ...(input.attachments ? { attachments: input.attachments } : {}),
        },
        { id: jobId('notification', id) },
      );
    }
    return { created: true, id, email: emailStatus };
  }

  private async emailStatusFor(
    em: EntityManager,
    facilityId: string,
    kind: string,
    userId: string | null,
    email: string,
  ): Promise<EmailStatus> {
    const suppressed: unknown[] = await em.query(
      `SELECT 1 FROM mail_suppressions WHERE facility_id = $1 AND email = $2`,
      [facilityId, email],
    );
    if (suppressed.length) return 'suppressed';
    if (userId && !MANDATORY_KINDS.includes(kind)) {
      const pref: { email: boolean }[] = await em.query(
        `SELECT email FROM notification_preferences WHERE facility_id = $1 AND user_id = $2 AND kind = $3`,
        [facilityId, userId, kind],
      );
      if (pref.length && !pref[0].email) return 'opted_out';
    }
    return 'queued';
  }
}
