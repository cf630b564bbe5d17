import { SetMetadata } from '@nestjs/common';
import { EntityManager } from 'typeorm';
import { OutboxService } from '../outbox.service';

export const FACILITY_SCHEDULE = Symbol('tamago:facility-schedule');

/**
 * Names of scheduled kinds that other branches fill in. A slot without a registered kind is listed
 * by `jobs:schedules` as not implemented and never fires.
 */
export const SCHEDULE_SLOTS = {
  /** The monthly report, on the first business day of the month (filled by libs/reports). */
  monthlyReport: 'monthly-report',
  /** The fiscal-year funder report, after the fiscal year closes (filled by libs/reports). */
  fiscalYearReport: 'fiscal-year-report',
} as const;

/** What a kind is told about the facility when it decides and starts an occasion. */
export interface FacilityScheduleContext {
  facilityId: string;
  timeZone: string;
  /** The local time (HH:MM) the kind runs at: the facility's setting or the kind's default. */
  localTime: string;
  /** The day of month for monthly kinds: the facility's setting or the kind's default (null: not monthly). */
  dayOfMonth: number | null;
  /** Kind-specific options from the facility's setting (e.g. `autoIssue` for the billing preview). */
  options: Record<string, unknown>;
}

/**
 * A per-facility scheduled kind. The platform tick evaluates each kind for each facility in the
 * facility's time zone; an occasion (the local date) starts once per facility and kind however
 * often the tick runs or on how many workers.
 */
export interface FacilityScheduleKind {
  /** Stable name, also the settings key (`PUT /api/v1/schedule-settings/:kind`). */
  readonly kind: string;
  /** One line for `jobs:schedules`, Japanese first. */
  readonly description: string;
  /** Defaults when the facility has no setting: local time, and day of month for monthly kinds. */
  readonly defaults: { localTime: string; dayOfMonth?: number };
  /**
   * Facts of the facility the kind's calendar depends on (e.g. the fiscal year's start month), read
   * in the runner's transaction and merged into `ctx.options` before `firesOn` is asked.
   */
  facts?(em: EntityManager, facilityId: string): Promise<Record<string, unknown>>;
  /** Whether the kind fires on this facility-local date (the time is `ctx.localTime`). */
  firesOn(date: string, ctx: FacilityScheduleContext): boolean;
  /**
   * Starts the occasion `date`: write the work into the outbox with `em` (the transaction that also
   * records the occasion as started), never call out directly.
   */
  start(em: EntityManager, outbox: OutboxService, date: string, ctx: FacilityScheduleContext): Promise<void>;
}

/** Marks a provider implementing FacilityScheduleKind; the worker's ScheduleRegistry finds it. */
export const FacilitySchedule = (): ClassDecorator => SetMetadata(FACILITY_SCHEDULE, true);
