import { LocalDate, ZoneId } from '@js-joda/core';
import '@js-joda/timezone';
import { addDays, type IsoDate } from '@tamago/core';

/** The instant at which `date` begins in `timeZone` (midnight, or the first instant after a gap). */
export function startOfDayIn(date: IsoDate, timeZone: string): Date {
  const zoned = LocalDate.parse(date).atStartOfDay(ZoneId.of(timeZone));
  return new Date(zoned.toInstant().toEpochMilli());
}

/** [start, end) of one facility day as instants. */
export function dayBounds(date: IsoDate, timeZone: string): { from: Date; to: Date } {
  return { from: startOfDayIn(date, timeZone), to: startOfDayIn(addDays(date, 1), timeZone) };
}

/** First and last day of the calendar month `YYYY-MM`. */
export function monthBounds(period: string): { from: IsoDate; to: IsoDate } {
  const first = LocalDate.parse(`${period}-01`);
  return { from: first.toString(), to: first.plusMonths(1).minusDays(1).toString() };
}
