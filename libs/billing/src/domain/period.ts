import { LocalDate, YearMonth } from '@js-joda/core';
import { DomainError, type IsoDate, fiscalYearOf, fiscalYearRange, toLocalDate } from '@tamago/core';
import { BillingError } from '../errors';

/** A billing period: one calendar month written 'YYYY-MM'. */
export type Period = string;

export interface PeriodParts {
  year: number;
  month: number;
}

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;

/** Parses 'YYYY-MM' (zero-padded month 01..12); anything else is InvalidInput on `field`. */
export function parsePeriod(value: unknown, field = 'period'): PeriodParts {
  const match = typeof value === 'string' ? PERIOD.exec(value) : null;
  if (!match) {
    throw DomainError.invalid(
      BillingError.MonthInvalid,
      field,
      `${field} must be a month written YYYY-MM (e.g. 2027-04), not ${JSON.stringify(value)}.`,
      { field, value: JSON.stringify(value) },
    );
  }
  return { year: Number(match[1]), month: Number(match[2]) };
}

/** The period before `period` (2027-01 → 2026-12). */
export function previousPeriod(period: Period): Period {
  return format(toYearMonth(period).minusMonths(1));
}

/** The period after `period` (2026-12 → 2027-01). */
export function nextPeriod(period: Period): Period {
  return format(toYearMonth(period).plusMonths(1));
}

/** First day of the period as 'YYYY-MM-DD'. */
export function periodStart(period: Period): IsoDate {
  return toYearMonth(period).atDay(1).toString();
}

/** Last day of the period as 'YYYY-MM-DD' (2028-02 → 2028-02-29). */
export function periodEnd(period: Period): IsoDate {
  return toYearMonth(period).atEndOfMonth().toString();
}

/** Number of days in the period (28..31). */
export function daysInPeriod(period: Period): number {
  return toYearMonth(period).lengthOfMonth();
}

/** The period a calendar date falls in (2027-03-31 → 2027-03). */
export function periodOf(date: IsoDate, field = 'date'): Period {
  const day = toLocalDate(date, field);
  return format(YearMonth.of(day.year(), day.monthValue()));
}

/** The fiscal year (年度, named by its starting year) a period belongs to: 2027-03 → FY2026 with an April start. */
export function fiscalYearOfPeriod(period: Period, startMonth = 4): number {
  return fiscalYearOf(periodStart(period), startMonth);
}

/** The twelve periods of fiscal year `fy`, in order: FY2026 → 2026-04 … 2027-03. */
export function periodsOfFiscalYear(fy: number, startMonth = 4): Period[] {
  const first = periodOf(fiscalYearRange(fy, startMonth).start);
  const periods: Period[] = [first];
  for (let i = 1; i < 12; i++) periods.push(nextPeriod(periods[i - 1]));
  return periods;
}

/** Internal: the js-joda YearMonth of a validated period. */
export function toYearMonth(period: Period, field = 'period'): YearMonth {
  const { year, month } = parsePeriod(period, field);
  return YearMonth.of(year, month);
}

function format(ym: YearMonth): Period {
  return `${String(ym.year()).padStart(4, '0')}-${String(ym.monthValue()).padStart(2, '0')}`;
}

/** Internal: the LocalDate range [start, end] of a validated period. */
export function periodBounds(period: Period, field = 'period'): { start: LocalDate; end: LocalDate } {
  const ym = toYearMonth(period, field);
  return { start: ym.atDay(1), end: ym.atEndOfMonth() };
}
