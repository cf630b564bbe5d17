import {
  DomainError,
  addDays,
  daysBetween,
  instantIn,
  parseIsoDate,
  requireInteger,
  zonedIsoIn,
  type IsoDate,
} from '@tamago/core';
import type { AdvisorAvailability } from './advisory';
import { SupportError } from '../errors';

/** The longest range the portal may ask for at once, counting both ends. */
export const FREE_SLOT_MAX_DAYS = 31;
export const DEFAULT_SLOT_MINUTES = 60;

/** A validated free-slot question: local dates (inclusive) and the slot length. */
export interface FreeSlotRange {
  from: IsoDate;
  to: IsoDate;
  durationMinutes: number;
}

/** A time the advisor is already taken (a session that is not cancelled). */
export interface BusyTime {
  startsAt: Date;
  endsAt: Date;
}

/** A concrete bookable slot, as ISO instants in UTC like every instant of the API (2027-06-01T01:00:00.000Z). */
export interface OpenSlot {
  startsAt: string;
  endsAt: string;
}

/** Validates from/to (at most 31 days, `to` not before `from`) and the duration (15–240, multiples of 15). */
export function parseFreeSlotRange(from: unknown, to: unknown, durationMinutes: unknown): FreeSlotRange {
  const start = parseIsoDate(from, 'from');
  const end = parseIsoDate(to, 'to');
  if (daysBetween(start, end) < 0)
    throw DomainError.invalid(SupportError.RangeReversed, 'to', 'to must not be before from.');
  if (daysBetween(start, end) >= FREE_SLOT_MAX_DAYS) {
    throw DomainError.invalid(
      SupportError.RangeTooLong,
      'to',
      `The range may cover at most ${FREE_SLOT_MAX_DAYS} days.`,
      { maxDays: FREE_SLOT_MAX_DAYS },
    );
  }
  const minutes = requireInteger(durationMinutes ?? DEFAULT_SLOT_MINUTES, 'durationMinutes', 15, 240);
  if (minutes % 15 !== 0)
    throw DomainError.invalid(
      SupportError.DurationNotQuarterHour,
      'durationMinutes',
      'durationMinutes must be a multiple of 15.',
    );
  return { from: start, to: end, durationMinutes: minutes };
}

/**
 * The advisor's availability cut into back-to-back slots of `durationMinutes` (from the start of each
 * weekly window or explicit free window), on local dates `from`..`to` of `timeZone`, without slots
 * that start before `notBefore` or overlap a busy time. Sorted by start, duplicates removed.
 */
export function freeSlots(
  availability: AdvisorAvailability,
  busy: readonly BusyTime[],
  range: FreeSlotRange,
  timeZone: string,
  notBefore: Date,
): OpenSlot[] {
  const step = range.durationMinutes * 60_000;
  const rangeStart = zonedInstant(range.from, 0, timeZone).getTime();
  const rangeEnd = zonedInstant(addDays(range.to, 1), 0, timeZone).getTime();
  const starts = new Set<number>();
  for (let day = range.from; daysBetween(day, range.to) >= 0; day = addDays(day, 1)) {
    for (const w of availability.weekly ?? []) {
      if (w.weekday !== isoWeekday(day)) continue;
      const windowEnd = zonedInstant(day, toMinutes(w.end), timeZone).getTime();
      for (let t = zonedInstant(day, toMinutes(w.start), timeZone).getTime(); t + step <= windowEnd; t += step) {
        starts.add(t);
      }
    }
  }
  for (const s of availability.slots ?? []) {
    const end = new Date(s.endsAt).getTime();
    for (let t = new Date(s.startsAt).getTime(); t + step <= end && t < rangeEnd; t += step) {
      if (t >= rangeStart) starts.add(t);
    }
  }
  const taken = busy.map((b) => [b.startsAt.getTime(), b.endsAt.getTime()] as const);
  return [...starts]
    .filter((t) => t >= notBefore.getTime() && !taken.some(([bs, be]) => bs < t + step && t < be))
    .sort((a, b) => a - b)
    .map((t) => ({ startsAt: new Date(t).toISOString(), endsAt: new Date(t + step).toISOString() }));
}

/** The instant of local `date` plus `minutes` after midnight in `timeZone` (24:00 is next midnight). */
export function zonedInstant(date: IsoDate, minutes: number, timeZone: string): Date {
  return instantIn(date, minutes, timeZone);
}

/** An instant written in `timeZone` with its offset: 2027-06-01T10:00:00+09:00. */
export function zonedIso(at: Date, timeZone: string): string {
  return zonedIsoIn(at, timeZone);
}

function isoWeekday(date: IsoDate): number {
  return ((new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7) + 1;
}

function toMinutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}
