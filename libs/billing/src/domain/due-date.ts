import holidayJp from '@holiday-jp/holiday_jp';
import { DayOfWeek, LocalDate } from '@js-joda/core';
import { DomainError, type IsoDate, toLocalDate } from '@tamago/core';
import { periodBounds, type Period } from './period';
import { BillingError } from '../errors';

export type BusinessDayAdjustment = 'next' | 'previous';

/** When an invoice of a billing period falls due. */
export interface DueDateRule {
  /** Day of the month, or its last day. Days 29..31 are not offered: not every month has them. */
  day: 'end_of_month' | number;
  /**
   * −1 = the month before the billing month (前月末払い: January's rent due at the end of
   * December), 0 = the billing month itself, 1 = the following month.
   */
  monthOffset: -1 | 0 | 1;
  /** Where a non-business day moves to. */
  adjust: BusinessDayAdjustment;
}

/** End of the billing month, moved to the next business day. */
export const DEFAULT_DUE_DATE_RULE: Readonly<DueDateRule> = { day: 'end_of_month', monthOffset: 0, adjust: 'next' };

/**
 * National holidays, substitute holidays and citizens' holidays from @holiday-jp/holiday_jp,
 * keyed by 'YYYY-MM-DD'. A string lookup, not Date objects, so no time zone can shift a day.
 */
const HOLIDAYS: Readonly<Record<string, unknown>> = holidayJp.holidays;
const HOLIDAY_YEARS = Object.keys(HOLIDAYS).map((d) => Number(d.slice(0, 4)));
const FIRST_YEAR = Math.min(...HOLIDAY_YEARS);
const LAST_YEAR = Math.max(...HOLIDAY_YEARS);

/** Banks close 31 December to 3 January (銀行法施行令 第5条), on top of national holidays. */
const BANK_HOLIDAYS_MMDD = new Set(['12-31', '01-01', '01-02', '01-03']);

/** True on a bank business day: not Saturday or Sunday, not a national holiday, not 12-31..01-03. */
export function isBankBusinessDay(date: IsoDate): boolean {
  return isBusinessDay(checkedDate(date, 'date'));
}

/** `date` itself when it is a business day, else the next (or previous) business day. */
export function adjustToBusinessDay(date: IsoDate, direction: BusinessDayAdjustment = 'next'): IsoDate {
  if (direction !== 'next' && direction !== 'previous') {
    throw DomainError.invalid(BillingError.DirectionUnknown, 'direction', "direction must be 'next' or 'previous'.");
  }
  return adjust(checkedDate(date, 'date'), direction).toString();
}

/** The business day `count` business days after (count > 0) or before (count < 0) `date`. */
export function addBankBusinessDays(date: IsoDate, count: number): IsoDate {
  if (!Number.isSafeInteger(count) || Math.abs(count) > 3660) {
    throw DomainError.invalid(
      BillingError.BusinessDayCountInvalid,
      'count',
      'count must be a whole number of business days (at most 3660).',
    );
  }
  let day = checkedDate(date, 'date');
  const step = count < 0 ? -1 : 1;
  for (let left = Math.abs(count); left > 0;) {
    day = inRange(day.plusDays(step), 'date');
    if (isBusinessDay(day)) left--;
  }
  return day.toString();
}

/**
 * Due date of an invoice for `period` under `rule` (defaults: end of the billing month, next
 * business day). 2026-12 → 2026-12-31 is a bank holiday → 2027-01-04.
 */
export function dueDateFor(period: Period, rule: Partial<DueDateRule> = {}): IsoDate {
  const { day, monthOffset, adjust: direction } = validateRule({ ...DEFAULT_DUE_DATE_RULE, ...rule });
  const month = periodBounds(period).start.plusMonths(monthOffset);
  const nominal = day === 'end_of_month' ? month.withDayOfMonth(month.lengthOfMonth()) : month.withDayOfMonth(day);
  return adjust(inRange(nominal, 'period'), direction).toString();
}

function validateRule(rule: DueDateRule): DueDateRule {
  const { day, monthOffset, adjust: direction } = rule;
  if (day !== 'end_of_month' && !(Number.isInteger(day) && day >= 1 && day <= 28)) {
    throw DomainError.invalid(
      BillingError.DueDayInvalid,
      'rule.day',
      "rule.day must be 'end_of_month' or a day from 1 to 28.",
    );
  }
  if (monthOffset !== -1 && monthOffset !== 0 && monthOffset !== 1)
    throw DomainError.invalid(
      BillingError.DueMonthOffsetInvalid,
      'rule.monthOffset',
      'rule.monthOffset must be -1, 0 or 1.',
    );
  if (direction !== 'next' && direction !== 'previous') {
    throw DomainError.invalid(
      BillingError.DueAdjustInvalid,
      'rule.adjust',
      "rule.adjust must be 'next' or 'previous'.",
    );
  }
  return rule;
}

function adjust(date: LocalDate, direction: BusinessDayAdjustment): LocalDate {
  let day = date;
  while (!isBusinessDay(day)) day = inRange(direction === 'next' ? day.plusDays(1) : day.minusDays(1), 'date');
  return day;
}

function isBusinessDay(day: LocalDate): boolean {
  const dow = day.dayOfWeek();
  if (dow === DayOfWeek.SATURDAY || dow === DayOfWeek.SUNDAY) return false;
  const iso = day.toString();
  return !Object.hasOwn(HOLIDAYS, iso) && !BANK_HOLIDAYS_MMDD.has(iso.slice(5));
}

function checkedDate(date: IsoDate, field: string): LocalDate {
  return inRange(toLocalDate(date, field), field);
}

/** Outside the holiday data set we cannot tell a holiday from a business day, so we refuse. */
function inRange(day: LocalDate, field: string): LocalDate {
  if (day.year() < FIRST_YEAR || day.year() > LAST_YEAR) {
    throw DomainError.invalid(
      BillingError.BankCalendarOutOfRange,
      field,
      `Bank business days are known only from ${FIRST_YEAR} to ${LAST_YEAR}; ${day.toString()} is outside.`,
      { firstYear: FIRST_YEAR, lastYear: LAST_YEAR, date: day.toString() },
    );
  }
  return day;
}
