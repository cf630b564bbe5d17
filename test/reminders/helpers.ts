import { ChargeService } from '@tamago/billing';
import { TransactionRunner, queryRows } from '@tamago/database';
import { Role } from '@tamago/identity';
import { ReminderSweepService, SweepCounts } from '@tamago/reminders';
import { TestFacility, createUser } from '../support/factories';
import { TestApp } from '../support/test-app';

/** A tenant user of a tenant (the recipient of tenant reminders). */
export async function tenantUser(t: TestApp, f: TestFacility, tenantId: string) {
  return createUser(t.app, t.http, f.facilityId, [Role.TenantAdmin], { tenantId });
}

/** A one-line charge of exactly `amount` (out of scope of tax). */
export function charge(t: TestApp, f: TestFacility, tenantId: string, period: string, amount: number) {
  return t.app.get(ChargeService).create(f.facilityId, f.adminUserId, {
    tenantId,
    period,
    description: `利用料 ${period}`,
    quantity: 1,
    unitPrice: amount,
    taxCategory: 'out_of_scope',
  });
}

/** Runs the sweep as of a date and answers the counts of one kind. */
export async function sweep(t: TestApp, f: TestFacility, date: string): Promise<SweepCounts> {
  return (await t.app.get(ReminderSweepService).sweep(f.facilityId, date)).counts;
}

/** The facility's notifications of a kind, oldest first. */
export function notificationsOf(t: TestApp, f: TestFacility, kind: string) {
  return t.app
    .get(TransactionRunner)
    .inFacility(f.facilityId, (em) =>
      queryRows<{ id: string; email: string; title: string; body: string; dedupe_key: string; email_status: string }>(
        em,
        `SELECT id, email, title, body, dedupe_key, email_status FROM notifications WHERE facility_id = $1 AND kind = $2 ORDER BY created_at, id`,
        [f.facilityId, kind],
      ),
    );
}

/** Mails received by one address so far. */
export function mailsTo(t: TestApp, email: string) {
  return t.smtp.messages.filter((m) => JSON.stringify(m.to).toLowerCase().includes(email.toLowerCase()));
}
