import { Instant, LocalDate, LocalDateTime, LocalTime, ZoneId, ZonedDateTime } from '@js-joda/core';
import '@js-joda/timezone';
import type { IsoDate } from './calendar-date';

// The one place that converts between instants and a facility's wall clock (IANA zone rules from
// @js-joda/timezone); libraries call these instead of hand-rolling offsets with Intl.

/** An instant as a facility sees it: local date, wall-clock time (HH:MM), ISO weekday (Mon 1 … Sun 7), minutes since midnight. */
export interface LocalMoment {
  date: IsoDate;
  time: string;
  weekday: number;
  minutes: number;
}

/** The local date and time of an instant in an IANA time zone. */
export function localMomentIn(at: Date, timeZone: string): LocalMoment {
  const z = ZonedDateTime.ofInstant(Instant.ofEpochMilli(at.getTime()), ZoneId.of(timeZone));
  return {
    date: z.toLocalDate().toString(),
    time: `${pad2(z.hour())}:${pad2(z.minute())}`,
    weekday: z.dayOfWeek().value(),
    minutes: z.hour() * 60 + z.minute(),
  };
}

/** The instant of local `date` plus `minutes` after midnight in `timeZone` (24:00 is next midnight; a skipped DST hour moves forward). */
export function instantIn(date: IsoDate, minutes: number, timeZone: string): Date {
  const local = LocalDateTime.of(LocalDate.parse(date), LocalTime.MIDNIGHT).plusMinutes(minutes);
  return new Date(ZonedDateTime.of(local, ZoneId.of(timeZone)).toInstant().toEpochMilli());
}

/** The instant at which `date` begins in `timeZone` (midnight, or the first instant after a gap). */
export function startOfDayIn(date: IsoDate, timeZone: string): Date {
  const zoned = LocalDate.parse(date).atStartOfDay(ZoneId.of(timeZone));
  return new Date(zoned.toInstant().toEpochMilli());
}

/** An instant written in `timeZone` with its offset, to the second: 2027-06-01T10:00:00+09:00. */
export function zonedIsoIn(at: Date, timeZone: string): string {
  const z = ZonedDateTime.ofInstant(Instant.ofEpochMilli(at.getTime()), ZoneId.of(timeZone));
  const offset = z.offset().totalSeconds();
  const abs = Math.floor(Math.abs(offset) / 60);
  const time = `${pad2(z.hour())}:${pad2(z.minute())}:${pad2(z.second())}`;
  return `${z.toLocalDate().toString()}T${time}${offset < 0 ? '-' : '+'}${pad2(Math.floor(abs / 60))}:${pad2(abs % 60)}`;
}

/** Whether an IANA time-zone name is known. */
export function isTimeZone(name: string): boolean {
  try {
    ZoneId.of(name);
    return true;
  } catch {
    return false;
  }
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
