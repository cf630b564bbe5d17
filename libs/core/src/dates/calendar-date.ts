import { ChronoUnit, LocalDate } from '@js-joda/core';
import { DomainError } from '../domain-error';
import { requireInteger } from '../guards';
import { CoreError } from '../errors';

/** A calendar date written 'YYYY-MM-DD': no time, no zone. */
export type IsoDate = string;

/** An inclusive range of calendar dates. */
export interface DateRange {
  start: IsoDate;
  end: IsoDate;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
// Offsets beyond a few centuries are typing mistakes, not business dates.
const MAX_DAYS = 366 * 1000;
const MAX_MONTHS = 12 * 1000;
/**
 * Business dates of a facility (founding, leases, invoices) lie within these years; year 0000 or
 * 9999 is a typing mistake or a probe, and PostgreSQL would only refuse it later (or not at all).
 */
export const MIN_YEAR = 1800;
export const MAX_YEAR = 2999;

/** Parses a 'YYYY-MM-DD' calendar date into a LocalDate; anything else is InvalidInput on `field`. */
export function toLocalDate(value: unknown, field: string): LocalDate {
  if (typeof value !== 'string' || !ISO_DATE.test(value)) {
    throw DomainError.invalid(CoreError.DateFormat, field, `${field} must be a calendar date written YYYY-MM-DD.`, {
      field,
    });
  }
  let date: LocalDate;
  try {
    // The shape is checked above: LocalDate.of checks the day is real, without the formatter machinery of
    // LocalDate.parse (which cost a request with a few hundred dates, the dashboard's aging, ~8% of its CPU).
    date = LocalDate.of(Number(value.slice(0, 4)), Number(value.slice(5, 7)), Number(value.slice(8, 10)));
  } catch {
    throw DomainError.invalid(CoreError.DateNotReal, field, `${field} is not a real calendar date: ${value}.`, {
      field,
      value,
    });
  }
  if (date.year() < MIN_YEAR || date.year() > MAX_YEAR) {
    throw DomainError.invalid(
      CoreError.DateYearOutOfRange,
      field,
      `${field} must lie between the years ${MIN_YEAR} and ${MAX_YEAR}: ${value}.`,
      { field, minYear: MIN_YEAR, maxYear: MAX_YEAR, value },
    );
  }
  return date;
}

/** Validates a 'YYYY-MM-DD' calendar date (real day, zero-padded) and returns it; InvalidInput on `field`. */
export function parseIsoDate(value: unknown, field: string): IsoDate {
  return toLocalDate(value, field).toString();
}

/** The date `days` days after (or before, when negative) `date`. */
export function addDays(date: IsoDate, days: number): IsoDate {
  const step = requireInteger(days, 'days', -MAX_DAYS, MAX_DAYS);
  return toLocalDate(date, 'date').plusDays(step).toString();
}

/**
 * The same day of the month `months` months later. When that month is shorter the result is
 * clamped to its last day: 2027-01-31 + 1 month = 2027-02-28, 2028-01-31 + 1 month = 2028-02-29.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const step = requireInteger(months, 'months', -MAX_MONTHS, MAX_MONTHS);
  return toLocalDate(date, 'date').plusMonths(step).toString();
}

/** The same day `years` years later; 29 February becomes 28 February in a common year. */
export function addYears(date: IsoDate, years: number): IsoDate {
  const step = requireInteger(years, 'years', -1000, 1000);
  return toLocalDate(date, 'date').plusYears(step).toString();
}

/** Days from `from` to `to`: positive when `to` is later (2027-01-31 → 2027-03-02 is 30). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return toLocalDate(to, 'to').toEpochDay() - toLocalDate(from, 'from').toEpochDay();
}

/**
 * Whole months from `from` to `to`; a month is complete on the day before the same day of the
 * next month, or on the last day of a month that has no such day (Civil Code art. 143).
 */
export function wholeMonthsBetween(from: IsoDate, to: IsoDate): number {
  return ChronoUnit.MONTHS.between(toLocalDate(from, 'from'), toLocalDate(to, 'to'));
}

/**
 * The last day of a period of `months` months that starts on `start` (its first day counts).
 * Civil Code art. 143: the period ends the day before the corresponding day of the last month,
 * or on that month's last day when it has no corresponding day. 2022-04-01 + 60 months ends
 * 2027-03-31; 2027-01-31 + 1 month ends 2027-02-28; 2027-01-28 + 1 month ends 2027-02-27.
 */
export function endOfMonthsPeriod(start: IsoDate, months: number): IsoDate {
  const count = requireInteger(months, 'months', 1, MAX_MONTHS);
  const first = toLocalDate(start, 'start');
  const corresponding = first.plusMonths(count);
  // plusMonths clamped to a shorter month: there is no corresponding day, so the month's last day ends it.
  const clamped = corresponding.dayOfMonth() < first.dayOfMonth();
  return (clamped ? corresponding : corresponding.minusDays(1)).toString();
}

/** -1, 0 or 1 as `a` is before, equal to or after `b`. */
export function compareDates(a: IsoDate, b: IsoDate): -1 | 0 | 1 {
  const diff = toLocalDate(a, 'a').compareTo(toLocalDate(b, 'b'));
  return diff < 0 ? -1 : diff > 0 ? 1 : 0;
}

/** The earliest of one or more dates. */
export function minDate(...dates: IsoDate[]): IsoDate {
  return pick(dates, (candidate, best) => candidate < best);
}

/** The latest of one or more dates. */
export function maxDate(...dates: IsoDate[]): IsoDate {
  return pick(dates, (candidate, best) => candidate > best);
}

/** True when `date` lies in `range`, both ends included. */
export function isDateWithin(date: IsoDate, range: DateRange): boolean {
  const day = toLocalDate(date, 'date');
  return !day.isBefore(toLocalDate(range.start, 'start')) && !day.isAfter(toLocalDate(range.end, 'end'));
}

function pick(dates: IsoDate[], better: (candidate: string, best: string) => boolean): IsoDate {
  if (dates.length === 0)
    throw DomainError.invalid(CoreError.DatesEmpty, 'dates', 'dates must contain at least one date.');
  // Validated zero-padded ISO dates order the same way as strings.
  const valid = dates.map((date, i) => parseIsoDate(date, `dates[${i}]`));
  return valid.reduce((best, candidate) => (better(candidate, best) ? candidate : best));
}
