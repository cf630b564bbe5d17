import {
  DomainError,
  parseIsoDate,
  requireArray,
  requireInteger,
  wholeMonthsBetween,
  type IsoDate,
} from '@tamago/core';
import { LeasingError } from '../errors';

/** Monthly rent (integer yen) in force from contract year `fromYear` until the next step. */
export interface RentStep {
  fromYear: number;
  monthlyRent: number;
}

const PERIOD = /^(\d{4})-(0[1-9]|1[0-2])$/;
const MAX_MONTHLY_RENT = 1_000_000_000;

/** Validates a rent schedule: starts at year 1, years strictly increasing, rents whole non-negative yen. */
export function parseRentSchedule(value: unknown, field = 'rentSchedule'): RentStep[] {
  const steps = requireArray<Partial<RentStep> | null>(value, field);
  if (steps.length === 0)
    throw DomainError.invalid(LeasingError.RentYearOneMissing, field, `${field} needs at least the rent of year 1.`, {
      field,
    });
  return steps.map((step, i) => {
    const fromYear = requireInteger(step?.fromYear, `${field}[${i}].fromYear`, 1, 100);
    if (i === 0 && fromYear !== 1)
      throw DomainError.invalid(
        LeasingError.RentFirstStepNotYearOne,
        `${field}[0].fromYear`,
        'The first step must start in year 1.',
      );
    if (i > 0 && fromYear <= (steps[i - 1]?.fromYear as number)) {
      throw DomainError.invalid(
        LeasingError.RentStepsNotIncreasing,
        `${field}[${i}].fromYear`,
        'Rent steps must be in increasing contract years.',
      );
    }
    return {
      fromYear,
      monthlyRent: requireInteger(step?.monthlyRent, `${field}[${i}].monthlyRent`, 0, MAX_MONTHLY_RENT),
    };
  });
}

/** The contract year `date` falls in: year 1 is the first 12 months from the lease start. */
export function contractYearOn(leaseStart: IsoDate, date: IsoDate): number {
  const start = parseIsoDate(leaseStart, 'leaseStart');
  const day = parseIsoDate(date, 'date');
  if (day < start)
    throw DomainError.invalid(
      LeasingError.DayBeforeLeaseStart,
      'date',
      `${day} is before the lease starts (${start}).`,
      { day, start },
    );
  return Math.floor(wholeMonthsBetween(start, day) / 12) + 1;
}

/**
 * Monthly rent for billing month `period` ('YYYY-MM'). The rent in force on the first day of the
 * month applies to the whole month (on the lease start for the first month), so when a contract
 * year begins mid-month the new rent starts with the next month. Proration is billing's concern.
 */
export function rentForMonth(schedule: RentStep[], leaseStart: IsoDate, period: string): number {
  const steps = parseRentSchedule(schedule, 'schedule');
  const start = parseIsoDate(leaseStart, 'leaseStart');
  const match = typeof period === 'string' ? PERIOD.exec(period) : null;
  if (!match)
    throw DomainError.invalid(LeasingError.PeriodInvalid, 'period', 'period must be a month written YYYY-MM.');
  if (period < start.slice(0, 7))
    throw DomainError.invalid(
      LeasingError.PeriodBeforeLeaseStart,
      'period',
      `${period} is before the lease starts (${start}).`,
      { period, start },
    );
  const firstDay = `${period}-01`;
  const year = contractYearOn(start, firstDay < start ? start : firstDay);
  // The last step that has started applies; steps are validated in increasing order.
  return steps.filter((step) => step.fromYear <= year).at(-1)!.monthlyRent;
}
