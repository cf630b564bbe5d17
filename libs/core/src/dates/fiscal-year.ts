import { LocalDate } from '@js-joda/core';
import { endOfMonthsPeriod, toLocalDate, type DateRange, type IsoDate } from './calendar-date';
import { requireInteger } from '../guards';

/** Japanese public bodies' fiscal year (年度) starts in April. */
export const DEFAULT_FISCAL_YEAR_START_MONTH = 4;

/**
 * The fiscal year a date belongs to, named after the calendar year it starts in (年度 convention):
 * with an April start, 2027-03-31 is FY2026 and 2027-04-01 is FY2027.
 */
export function fiscalYearOf(date: IsoDate, startMonth: number = DEFAULT_FISCAL_YEAR_START_MONTH): number {
  const month = requireInteger(startMonth, 'startMonth', 1, 12);
  const day = toLocalDate(date, 'date');
  return day.monthValue() >= month ? day.year() : day.year() - 1;
}

/** First and last day of fiscal year `fy`: FY2026 with an April start is 2026-04-01..2027-03-31. */
export function fiscalYearRange(fy: number, startMonth: number = DEFAULT_FISCAL_YEAR_START_MONTH): DateRange {
  const year = requireInteger(fy, 'fiscalYear', 1000, 9998);
  const month = requireInteger(startMonth, 'startMonth', 1, 12);
  const start = LocalDate.of(year, month, 1).toString();
  return { start, end: endOfMonthsPeriod(start, 12) };
}
