import { Injectable } from '@nestjs/common';
import { IsNull } from 'typeorm';
import { DomainError } from '@tamago/core';
import { TransactionRunner, saveScoped } from '@tamago/database';
import { MailSuppression } from './entities/mail-suppression.entity';
import { Notification } from './entities/notification.entity';
import { NotificationPreference } from './entities/notification-preference.entity';
import { isMessageKind } from './message-renderer';
import { MANDATORY_KINDS } from './notification.service';
import { NotificationsError } from './errors';

export interface InboxQuery {
  limit: number;
  offset: number;
  unread?: boolean;
}

/** A user's in-app inbox, their per-kind mail preferences, and the facility's refused addresses. */
@Injectable()
export class InboxService {
  constructor(private readonly tx: TransactionRunner) {}

  /** A page of the user's notifications, newest first, with the unread count. */
  list(
    facilityId: string,
    userId: string,
    q: InboxQuery,
  ): Promise<{ items: Notification[]; total: number; unread: number }> {
    return this.tx.inFacility(facilityId, async (em) => {
      const where = { facilityId, userId, ...(q.unread ? { readAt: IsNull() } : {}) };
      const [items, total] = await em.findAndCount(Notification, {
        where,
        order: { createdAt: 'DESC', id: 'ASC' },
        take: q.limit,
        skip: q.offset,
      });
      const unread = await em.countBy(Notification, { facilityId, userId, readAt: IsNull() });
      return { items, total, unread };
    });
  }

  /** How many of the user's notifications are unread. */
  unreadCount(facilityId: string, userId: string): Promise<number> {
    return this.tx.inFacility(facilityId, (em) => em.countBy(Notification, { facilityId, userId, readAt: IsNull() }));
  }

  /** Marks one of the user's notifications read (another user's id is "not found"). */
  async markRead(facilityId: string, userId: string, id: string): Promise<Notification> {
    return this.tx.inFacility(facilityId, async (em) => {
      const n = await em.findOneBy(Notification, { facilityId, userId, id });
      if (!n) throw DomainError.notFound(NotificationsError.NotificationNotFound, 'Notification', id);
      if (!n.readAt) {
        n.readAt = new Date();
        await saveScoped(em, facilityId, n);
      }
      return n;
    });
  }

  /** Marks all of the user's notifications read; answers how many changed. */
  markAllRead(facilityId: string, userId: string): Promise<number> {
    return this.tx.inFacility(facilityId, async (em) => {
      const r = await em.update(Notification, { facilityId, userId, readAt: IsNull() }, { readAt: new Date() });
      return r.affected ?? 0;
    });
  }

  /** The user's per-kind mail choices (kinds not listed get mail). */
  preferences(facilityId: string, userId: string): Promise<NotificationPreference[]> {
    return this.tx.inFacility(facilityId, (em) =>
      em.find(NotificationPreference, { where: { facilityId, userId }, order: { kind: 'ASC' } }),
    );
  }

  /** Opts the user in or out of a kind's mail; invoices and legal notices cannot be opted out of. */
  async setPreference(
    facilityId: string,
    userId: string,
    kind: string,
    email: boolean,
  ): Promise<NotificationPreference> {
    if (!isMessageKind(kind))
      throw DomainError.invalid(NotificationsError.KindUnknown, 'kind', `Unknown notification kind: ${kind}`, { kind });
    if (!email && MANDATORY_KINDS.includes(kind))
      throw DomainError.invalid(
        NotificationsError.MailMandatory,
        'email',
        `${kind} mail cannot be switched off (invoices and legal notices).`,
        { kind },
      );
    return this.tx.inFacility(facilityId, async (em) => {
      const row =
        (await em.findOneBy(NotificationPreference, { facilityId, userId, kind })) ??
        em.create(NotificationPreference, { facilityId, userId, kind });
      row.email = email;
      return saveScoped(em, facilityId, row);
    });
  }

  /** The facility's refused or bounced addresses, for staff. */
  suppressions(facilityId: string): Promise<MailSuppression[]> {
    return this.tx.inFacility(facilityId, (em) =>
      em.find(MailSuppression, { where: { facilityId }, order: { createdAt: 'DESC' } }),
    );
  }

  /** Clears a refused address so mail to it is tried again. */
  async clearSuppression(facilityId: string, id: string): Promise<void> {
    const r = await this.tx.inFacility(facilityId, (em) => em.delete(MailSuppression, { facilityId, id }));
    if (!r.affected) throw DomainError.notFound(NotificationsError.MailSuppressionNotFound, 'Mail suppression', id);
  }
}
