import { randomUUID } from 'node:crypto';
import { INestApplication } from '@nestjs/common';
import { TransactionRunner } from '@tamago/database';
import { Notification } from '@tamago/notifications/entities';

/** Writes an unread inbox notification for a user straight into the facility's inbox (no mail). */
export async function plantNotification(
  app: INestApplication,
  facilityId: string,
  user: { userId: string; email: string },
  title: string,
  body: string,
): Promise<string> {
  const id = randomUUID();
  await app.get(TransactionRunner).inFacility(facilityId, (em) =>
    em.save(
      em.create(Notification, {
        id,
        facilityId,
        userId: user.userId,
        email: user.email,
        kind: 'invoice_issued',
        dedupeKey: `test:${id}`,
        locale: 'ja',
        title,
        body,
        link: null,
        emailStatus: 'none',
        emailError: null,
        readAt: null,
      }),
    ),
  );
  return id;
}
