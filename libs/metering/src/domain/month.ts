import { DomainError, addDays, addMonths, parseIsoDate, type IsoDate } from '@tamago/core';
import { MeteringError } from '../errors';

/** A calendar month written 'YYYY-MM'. */
export type Month = string;

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Validates a 'YYYY-MM' month; InvalidInput on `field`. */
export function parseMonth(value: unknown, field = 'period'): Month {
  if (typeof value !== 'string' || !MONTH.test(value))
    throw DomainError.invalid(MeteringError.MonthInvalid, field, `${field} must be a month written YYYY-MM.`, {
      field,
    });
  return value;
}

/** The month a reading date falls in: a reading taken on 2026-05-31 is May's reading. */
export function monthOf(date: IsoDate, field = 'readOn'): Month {
  return parseIsoDate(date, field).slice(0, 7);
}

/** First and last day of a month. */
export function monthRange(month: Month): { from: IsoDate; to: IsoDate } {
  const from = `${parseMonth(month)}-01`;
  return { from, to: addDays(addMonths(from, 1), -1) };
}

/** Every month from `from` to `to` inclusive, at most `max` (InvalidInput on `to` beyond it or before `from`). */
export function monthsBetween(from: Month, to: Month, max = 36): Month[] {
  const start = `${parseMonth(from, 'from')}-01`;
  const end = `${parseMonth(to, 'to')}-01`;
  if (end < start) throw DomainError.invalid(MeteringError.RangeReversed, 'to', 'to must not be before from.');
  const months: Month[] = [];
  for (let d = start; d <= end; d = addMonths(d, 1)) {
    months.push(d.slice(0, 7));
    if (months.length > max)
      throw DomainError.invalid(MeteringError.RangeTooLong, 'to', `A range may span at most ${max} months.`, { max });
  }
  return months;
}
