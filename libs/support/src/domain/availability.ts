import { DomainError, localMomentIn, parseInstant } from '@tamago/core';
import type { AdvisorAvailability, FreeSlot, WeeklySlot } from './advisory';
import { SupportError } from '../errors';

const HH_MM = /^([01]\d|2[0-3]):([0-5]\d)$|^24:00$/;

/** Validates an availability object; InvalidInput names the offending field. */
export function parseAvailability(value: unknown, field = 'availability'): AdvisorAvailability {
  if (value === null || typeof value !== 'object')
    throw DomainError.invalid(SupportError.NotObject, field, `${field} must be an object.`, { field });
  const v = value as Partial<AdvisorAvailability>;
  const weekly = (v.weekly ?? []).map((slot, i) => parseWeekly(slot, `${field}.weekly[${i}]`));
  const slots = (v.slots ?? []).map((slot, i) => {
    const startsAt = parseInstant(slot?.startsAt, `${field}.slots[${i}].startsAt`);
    const endsAt = parseInstant(slot?.endsAt, `${field}.slots[${i}].endsAt`);
    if (endsAt <= startsAt)
      throw DomainError.invalid(
        SupportError.EndsBeforeStarts,
        `${field}.slots[${i}].endsAt`,
        'endsAt must be after startsAt.',
      );
    return { startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() };
  });
  return { weekly, slots };
}

function parseWeekly(slot: WeeklySlot, field: string): WeeklySlot {
  if (!Number.isInteger(slot?.weekday) || slot.weekday < 1 || slot.weekday > 7) {
    throw DomainError.invalid(
      SupportError.WeekdayInvalid,
      `${field}.weekday`,
      'weekday must be 1 (Monday) to 7 (Sunday).',
    );
  }
  for (const key of ['start', 'end'] as const) {
    if (typeof slot[key] !== 'string' || !HH_MM.test(slot[key])) {
      throw DomainError.invalid(SupportError.TimeInvalid, `${field}.${key}`, `${key} must be a time written HH:MM.`, {
        key,
      });
    }
  }
  if (slot.end <= slot.start)
    throw DomainError.invalid(SupportError.SlotEndBeforeStart, `${field}.end`, 'end must be after start.');
  return { weekday: slot.weekday, start: slot.start, end: slot.end };
}

/** The local date, ISO weekday and minutes since midnight of an instant in `timeZone`. */
export function localParts(at: Date, timeZone: string): { date: string; weekday: number; minutes: number } {
  const { date, weekday, minutes } = localMomentIn(at, timeZone);
  return { date, weekday, minutes };
}

function toMinutes(hhmm: string): number {
  return Number(hhmm.slice(0, 2)) * 60 + Number(hhmm.slice(3, 5));
}

/**
 * True when [startsAt, endsAt) lies inside one explicit free slot, or inside one weekly window
 * on a single local day of `timeZone`. Tenants may book only such times; staff may book any.
 */
export function fitsAvailability(
  availability: AdvisorAvailability,
  startsAt: Date,
  endsAt: Date,
  timeZone: string,
): boolean {
  const inSlot = (availability.slots ?? []).some(
    (s: FreeSlot) => new Date(s.startsAt) <= startsAt && endsAt <= new Date(s.endsAt),
  );
  if (inSlot) return true;
  const from = localParts(startsAt, timeZone);
  const to = localParts(new Date(endsAt.getTime() - 1), timeZone);
  if (from.date !== to.date) return false;
  const endMinutes = to.minutes + 1;
  return (availability.weekly ?? []).some(
    (w) => w.weekday === from.weekday && toMinutes(w.start) <= from.minutes && endMinutes <= toMinutes(w.end),
  );
}
