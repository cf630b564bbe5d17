import { LocalDate } from '@js-joda/core';
import { addDays, startOfDayIn, type IsoDate } from '@tamago/core';

export { startOfDayIn } from '@tamago/core';

/** [start, end) of one facility day as instants. */
export function dayBounds(date: IsoDate, timeZone: string): { from: Date; to: Date } {
  return { from: startOfDayIn(date, timeZone), to: startOfDayIn(addDays(date, 1), timeZone) };
}

/** First and last day of the calendar month `YYYY-MM`. */
export function monthBounds(period: string): { from: IsoDate; to: IsoDate } {
  const first = LocalDate.parse(`${period}-01`);
  return { from: first.toString(), to: first.plusMonths(1).minusDays(1).toString() };
}
