import { Injectable } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { DomainError } from '@tamago/core';
import { TransactionRunner, saveScoped } from '@tamago/database';
import { ScheduleSetting } from '../schedule-setting.entity';
import { FacilityScheduleContext, FacilityScheduleKind } from './facility-schedule';
import { ScheduleRegistry } from './schedule-registry';
import { JobsError } from '../errors';

/** A kind's effective setting for one facility, as the settings API shows it. */
export interface ScheduleSettingView {
  kind: string;
  description: string;
  enabled: boolean;
  localTime: string;
  dayOfMonth: number | null;
  options: Record<string, unknown>;
}

export interface ScheduleSettingPatch {
  enabled?: boolean;
  localTime?: string;
  dayOfMonth?: number | null;
  options?: Record<string, unknown>;
}

/** Facilities' settings of their scheduled kinds (on/off, time, day of month, options). */
@Injectable()
export class ScheduleSettingsService {
  constructor(
    private readonly tx: TransactionRunner,
    private readonly registry: ScheduleRegistry,
  ) {}

  /** Every kind with the facility's effective setting. */
  list(facilityId: string): Promise<ScheduleSettingView[]> {
    return this.tx.inFacility(facilityId, async (em) => {
      const rows = await this.rows(em, facilityId);
      return this.registry.list().map((k) => view(k, rows.get(k.kind)));
    });
  }

  /** Changes one kind's setting; unknown kinds are 404, a day of month on a daily kind is 400. */
  update(facilityId: string, actorId: string, kind: string, patch: ScheduleSettingPatch): Promise<ScheduleSettingView> {
    const k = this.registry.get(kind);
    if (!k) throw DomainError.notFound(JobsError.ScheduledKindNotFound, 'Scheduled kind', kind);
    if (patch.dayOfMonth != null && k.defaults.dayOfMonth === undefined)
      throw DomainError.invalid(JobsError.DailyHasNoDay, 'dayOfMonth', `${kind} runs daily; it has no day of month.`, {
        kind,
      });
    return this.tx.inFacility(
      facilityId,
      async (em) => {
        const row =
          (await em.findOneBy(ScheduleSetting, { facilityId, kind })) ??
          em.create(ScheduleSetting, {
            facilityId,
            kind,
            enabled: true,
            dayOfMonth: null,
            localTime: null,
            options: {},
          });
        if (patch.enabled !== undefined) row.enabled = patch.enabled;
        if (patch.localTime !== undefined) row.localTime = patch.localTime;
        if (patch.dayOfMonth !== undefined) row.dayOfMonth = patch.dayOfMonth;
        if (patch.options !== undefined) row.options = { ...row.options, ...patch.options };
        return view(k, await saveScoped(em, facilityId, row));
      },
      actorId,
    );
  }

  /** The facility's settings by kind, in the caller's transaction. */
  async rows(em: EntityManager, facilityId: string): Promise<Map<string, ScheduleSetting>> {
    const rows = await em.findBy(ScheduleSetting, { facilityId });
    return new Map(rows.map((r) => [r.kind, r]));
  }
}

/** The effective view of a kind under a facility's (optional) setting row. */
export function view(k: FacilityScheduleKind, row: ScheduleSetting | undefined): ScheduleSettingView {
  return {
    kind: k.kind,
    description: k.description,
    enabled: row?.enabled ?? true,
    localTime: row?.localTime ?? k.defaults.localTime,
    dayOfMonth: k.defaults.dayOfMonth === undefined ? null : (row?.dayOfMonth ?? k.defaults.dayOfMonth),
    options: row?.options ?? {},
  };
}

/** The context a kind decides with, from the facility's time zone and effective setting. */
export function contextOf(facilityId: string, timeZone: string, v: ScheduleSettingView): FacilityScheduleContext {
  return { facilityId, timeZone, localTime: v.localTime, dayOfMonth: v.dayOfMonth, options: v.options };
}
