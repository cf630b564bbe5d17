import { Injectable } from '@nestjs/common';
import { DomainError } from '@tamago/core';
import { TransactionRunner, saveScoped } from '@tamago/database';
import { LeadUnit, REMINDER_KINDS, REMINDER_KIND_NAMES, ReminderKind, leadUnitOf } from './reminder-kinds';
import { ReminderSetting } from './reminder-setting.entity';
import { RemindersError } from './errors';

export interface ReminderSettingView {
  kind: ReminderKind;
  enabled: boolean;
  leadDays: number[];
  /** What leadDays count: days, or whole months (maximum tenure). */
  leadUnit: LeadUnit;
}

/** Facility mail choices that are not reminders: off unless the facility turns them on. */
export const FACILITY_MAIL_SETTINGS = ['invoice_mail'] as const;

/** Facilities switch reminder kinds off and change their lead times. */
@Injectable()
export class ReminderSettingsService {
  constructor(private readonly tx: TransactionRunner) {}

  /** Every kind with the facility's effective setting. */
  list(facilityId: string): Promise<ReminderSettingView[]> {
    return this.tx.inFacility(facilityId, async (em) => {
      const rows = new Map((await em.findBy(ReminderSetting, { facilityId })).map((r) => [r.kind, r]));
      return REMINDER_KIND_NAMES.map((kind) => effective(kind, rows.get(kind)));
    });
  }

  /** Changes one kind; unknown kinds are 404, lead times on dunning are 400. */
  update(
    facilityId: string,
    actorId: string,
    kind: string,
    patch: { enabled?: boolean; leadDays?: number[] },
  ): Promise<ReminderSettingView> {
    if ((FACILITY_MAIL_SETTINGS as readonly string[]).includes(kind))
      return this.setMail(facilityId, actorId, kind, patch);
    if (!(kind in REMINDER_KINDS))
      throw DomainError.notFound(RemindersError.ReminderKindNotFound, 'Reminder kind', kind);
    if (kind === 'dunning' && patch.leadDays)
      throw DomainError.invalid(
        RemindersError.DunningHasNoLeadTimes,
        'leadDays',
        'Dunning follows the dunning levels; it has no lead times.',
      );
    if (leadUnitOf(kind as ReminderKind) === 'months' && patch.leadDays?.some((m) => m < 1 || m > 60))
      throw DomainError.invalid(
        RemindersError.LeadTimesInvalid,
        'leadDays',
        'Lead times of this kind are whole months, from 1 to 60.',
      );
    return this.tx.inFacility(
      facilityId,
      async (em) => {
        const row =
          (await em.findOneBy(ReminderSetting, { facilityId, kind })) ??
          em.create(ReminderSetting, { facilityId, kind, enabled: true, leadDays: null });
        if (patch.enabled !== undefined) row.enabled = patch.enabled;
        if (patch.leadDays !== undefined) row.leadDays = [...new Set(patch.leadDays)].sort((a, b) => b - a);
        return effective(kind as ReminderKind, await saveScoped(em, facilityId, row));
      },
      actorId,
    );
  }

  /** Whether the facility mails issued invoices to the tenants' billing contacts (off by default). */
  mailEnabled(facilityId: string, kind: (typeof FACILITY_MAIL_SETTINGS)[number]): Promise<boolean> {
    return this.tx.inFacility(
      facilityId,
      async (em) => (await em.findOneBy(ReminderSetting, { facilityId, kind }))?.enabled ?? false,
    );
  }

  private setMail(
    facilityId: string,
    actorId: string,
    kind: string,
    patch: { enabled?: boolean; leadDays?: number[] },
  ): Promise<ReminderSettingView> {
    if (patch.leadDays)
      throw DomainError.invalid(RemindersError.KindHasNoLeadTimes, 'leadDays', `${kind} has no lead times.`, { kind });
    return this.tx.inFacility(
      facilityId,
      async (em) => {
        const row =
          (await em.findOneBy(ReminderSetting, { facilityId, kind })) ??
          em.create(ReminderSetting, { facilityId, kind, enabled: false, leadDays: null });
        if (patch.enabled !== undefined) row.enabled = patch.enabled;
        const saved = await saveScoped(em, facilityId, row);
        return { kind: kind as ReminderKind, enabled: saved.enabled, leadDays: [], leadUnit: 'days' };
      },
      actorId,
    );
  }
}

function effective(kind: ReminderKind, row: ReminderSetting | undefined): ReminderSettingView {
  return {
    kind,
    enabled: row?.enabled ?? true,
    leadDays: row?.leadDays ?? [...REMINDER_KINDS[kind].leadDays],
    leadUnit: leadUnitOf(kind),
  };
}
