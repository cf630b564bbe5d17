import { randomUUID } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { MailAttachmentPayload, OutboxService, jobId } from '@tamago/jobs';
import { EmailStatus } from './entities/notification.entity';
import { Locale, MessageKind, MessageParams, RenderedMessage, renderMessage } from './message-renderer';

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

/** A notification rendered (subject, texts) and given its id, not written yet (NotificationService.renderMany). */
export interface PreparedNotification {
  input: NotifyInput;
  locale: Locale;
  msg: RenderedMessage;
  email: string;
  id: string;
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

  /**
   * `notifyIn` for many notifications of one facility in a fixed number of round trips (their
   * suppressions and preferences read at once, one multi-row INSERT of the inbox rows, one of their
   * mails into the outbox), inside the caller's transaction: each notification still has its mail in
   * the same transaction, and a dedupe key already written (or given twice) is one notification.
   * Answers one outcome per input, in order.
   */
  async notifyManyIn(em: EntityManager, facilityId: string, inputs: NotifyInput[]): Promise<NotifyOutcome[]> {
    return this.writeManyIn(em, facilityId, await this.renderMany(inputs));
  }

  /** The rendering half of notifyManyIn (CPU only, no database): callers may run it before their transaction. */
  async renderMany(inputs: NotifyInput[]): Promise<PreparedNotification[]> {
    const prepared: PreparedNotification[] = [];
    for (const input of inputs) {
      const r = input.recipient;
      const locale: Locale = r.locale === 'en' ? 'en' : 'ja';
      const msg = await renderMessage(input.kind, locale, { ...input.params, name: r.name }, input.link);
      prepared.push({ input, locale, msg, email: r.email.trim().toLowerCase(), id: randomUUID() });
    }
    return prepared;
  }

  /** The writing half of notifyManyIn, for notifications rendered by renderMany. */
  async writeManyIn(em: EntityManager, facilityId: string, prepared: PreparedNotification[]): Promise<NotifyOutcome[]> {
    if (prepared.length === 0) return [];
    const statuses = await this.emailStatusesFor(
      em,
      facilityId,
      prepared.map((p) => ({ kind: p.input.kind, userId: p.input.recipient.userId, email: p.email })),
    );
    const col = <T>(f: (p: (typeof prepared)[number], i: number) => T) => prepared.map(f);
    const inserted: { id: string }[] = await em.query(
      `INSERT INTO notifications (id, facility_id, user_id, email, kind, dedupe_key, locale, title, body, link, email_status)
       SELECT n.id, $2, n.user_id, n.email, n.kind, n.dedupe_key, n.locale, n.title, n.body, n.link, n.email_status
         FROM unnest($1::uuid[], $3::uuid[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[],
                     $10::text[], $11::text[]) WITH ORDINALITY
              AS n(id, user_id, email, kind, dedupe_key, locale, title, body, link, email_status, ord)
        ORDER BY n.ord
       ON CONFLICT (facility_id, dedupe_key) DO NOTHING RETURNING id`,
      [
        col((p) => p.id),
        facilityId,
        col((p) => p.input.recipient.userId),
        col((p) => p.email),
        col((p) => p.input.kind),
        col((p) => p.input.dedupeKey),
        col((p) => p.locale),
        col((p) => p.msg.subject),
        col((p) => p.msg.body),
        col((p) => p.input.link ?? null),
        col((_p, i) => statuses[i]),
      ],
    );
    const created = new Set(inserted.map((r) => r.id));
    const mails = prepared
      .map((p, i) => ({ p, status: statuses[i] }))
      .filter(({ p, status }) => created.has(p.id) && status === 'queued')
      .map(({ p }) => ({
        payload: {
          facilityId,
          to: p.email,
          subject: p.msg.subject,
          text: p.msg.text,
          html: p.msg.html,
          kind: p.input.kind,
          deliveryKey: p.id,
          ...(p.input.attachments ? { attachments: p.input.attachments } : {}),
        },
        id: jobId('notification', p.id),
      }));
    await this.outbox.enqueueMany(em, 'send-email', mails);
    return prepared.map((p, i) =>
      created.has(p.id) ? { created: true as const, id: p.id, email: statuses[i] } : { created: false as const },
    );
  }

  /** emailStatusFor of many recipients in two queries. */
  private async emailStatusesFor(
    em: EntityManager,
    facilityId: string,
    items: { kind: string; userId: string | null; email: string }[],
  ): Promise<EmailStatus[]> {
    const suppressed: { email: string }[] = await em.query(
      `SELECT email FROM mail_suppressions WHERE facility_id = $1 AND email = ANY($2::text[])`,
      [facilityId, [...new Set(items.map((i) => i.email))]],
    );
    const optional = items.filter((i) => i.userId && !MANDATORY_KINDS.includes(i.kind));
    const prefs: { user_id: string; kind: string; email: boolean }[] = optional.length
      ? await em.query(
          `SELECT user_id, kind, email FROM notification_preferences
            WHERE facility_id = $1 AND user_id = ANY($2::uuid[]) AND kind = ANY($3::text[])`,
          [facilityId, [...new Set(optional.map((i) => i.userId))], [...new Set(optional.map((i) => i.kind))]],
        )
      : [];
    const off = new Set(prefs.filter((p) => !p.email).map((p) => `${p.user_id}|${p.kind}`));
    const refused = new Set(suppressed.map((s) => s.email));
    return items.map((i) => {
      if (refused.has(i.email)) return 'suppressed';
      if (i.userId && !MANDATORY_KINDS.includes(i.kind) && off.has(`${i.userId}|${i.kind}`)) return 'opted_out';
      return 'queued';
    });
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
