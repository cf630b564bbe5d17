import { LocalDate, LocalTime } from '@js-joda/core';
import { instantIn, localMomentIn } from '@tamago/core';

export { isTimeZone } from '@tamago/core';

/** A moment as a facility sees it: its local calendar date and wall-clock time (HH:MM). */
export interface LocalMoment {
  date: string;
  time: string;
}

/** The local date and time of an instant in an IANA time zone. */
export function localMoment(at: Date, timeZone: string): LocalMoment {
  const { date, time } = localMomentIn(at, timeZone);
  return { date, time };
}

/** The instant a local date and time (HH:MM) is in a time zone (a skipped DST hour moves forward). */
export function instantAt(date: string, time: string, timeZone: string): Date {
  const t = LocalTime.parse(time);
  return instantIn(date, t.hour() * 60 + t.minute(), timeZone);
}

/** The date `days` after an ISO date. */
export function plusDays(date: string, days: number): string {
  return LocalDate.parse(date).plusDays(days).toString();
}

/** The day of month a "day N" rule falls on in a month (the last day when N is past it). */
export function clampDay(date: string, dayOfMonth: number): number {
  return Math.min(dayOfMonth, LocalDate.parse(date).lengthOfMonth());
}
