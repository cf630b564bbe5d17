import { Instant, LocalDate, LocalDateTime, LocalTime, ZoneId, ZonedDateTime } from '@js-joda/core';
import '@js-joda/timezone';

/** A moment as a facility sees it: its local calendar date and wall-clock time (HH:MM). */
export interface LocalMoment {
  date: string;
  time: string;
}

/** The local date and time of an instant in an IANA time zone. */
export function localMoment(at: Date, timeZone: string): LocalMoment {
  const z = ZonedDateTime.ofInstant(Instant.ofEpochMilli(at.getTime()), ZoneId.of(timeZone));
  return { date: z.toLocalDate().toString(), time: z.toLocalTime().toString().slice(0, 5) };
}

/** The instant a local date and time (HH:MM) is in a time zone (a skipped DST hour moves forward). */
export function instantAt(date: string, time: string, timeZone: string): Date {
  const local = LocalDateTime.of(LocalDate.parse(date), LocalTime.parse(time));
  return new Date(ZonedDateTime.of(local, ZoneId.of(timeZone)).toInstant().toEpochMilli());
}

/** The date `days` after an ISO date. */
export function plusDays(date: string, days: number): string {
  return LocalDate.parse(date).plusDays(days).toString();
}

/** The day of month a "day N" rule falls on in a month (the last day when N is past it). */
export function clampDay(date: string, dayOfMonth: number): number {
  return Math.min(dayOfMonth, LocalDate.parse(date).lengthOfMonth());
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
