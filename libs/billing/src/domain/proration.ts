import { LocalDate } from '@js-joda/core';
import { DomainError, type IsoDate, toLocalDate } from '@tamago/core';
import { requireYen, type Yen } from './money';
import { periodBounds, type Period } from './period';
import { BillingError } from '../errors';

/** The part of a billing period a lease covers. */
export interface ChargeableSpan {
  from: IsoDate;
  to: IsoDate;
  /** Days charged, both ends included. */
  days: number;
  daysInMonth: number;
  fullMonth: boolean;
}

/**
 * Rent for part of a month (日割り): floor(monthly × days occupied ÷ days in that month), with
 * the occupied range clamped to the period and both ends included. A full month returns the
 * monthly amount exactly; a range outside the period returns 0. monthlyAmount must be ≥ 0.
 */
export function prorate(monthlyAmount: Yen, period: Period, occupiedFrom: IsoDate, occupiedTo: IsoDate): Yen {
  const monthly = requireYen(monthlyAmount, 'monthlyAmount', { min: 0 });
  const { start, end } = periodBounds(period);
  const from = toLocalDate(occupiedFrom, 'occupiedFrom');
  const to = toLocalDate(occupiedTo, 'occupiedTo');
  if (to.isBefore(from))
    throw DomainError.invalid(
      BillingError.OccupiedToBeforeFrom,
      'occupiedTo',
      'occupiedTo must not be before occupiedFrom.',
    );
  const days = overlapDays(from, to, start, end);
  const daysInMonth = end.dayOfMonth();
  if (days === daysInMonth) return monthly;
  // Multiply before dividing, in BigInt: monthly × 31 may pass 2^53 for very large amounts.
  return Number((BigInt(monthly) * BigInt(days)) / BigInt(daysInMonth));
}

/**
 * The days of `period` a lease from leaseStart to leaseEnd (inclusive; null = open-ended) must
 * pay for, or null when the lease does not touch the period.
 */
export function chargeablePeriod(leaseStart: IsoDate, leaseEnd: IsoDate | null, period: Period): ChargeableSpan | null {
  const { start, end } = periodBounds(period);
  const leaseFrom = toLocalDate(leaseStart, 'leaseStart');
  const leaseTo = leaseEnd === null ? null : toLocalDate(leaseEnd, 'leaseEnd');
  if (leaseTo && leaseTo.isBefore(leaseFrom))
    throw DomainError.invalid(BillingError.LeaseEndBeforeStart, 'leaseEnd', 'leaseEnd must not be before leaseStart.');
  const from = leaseFrom.isAfter(start) ? leaseFrom : start;
  const to = leaseTo && leaseTo.isBefore(end) ? leaseTo : end;
  if (to.isBefore(from)) return null;
  const days = to.toEpochDay() - from.toEpochDay() + 1;
  const daysInMonth = end.dayOfMonth();
  return { from: from.toString(), to: to.toString(), days, daysInMonth, fullMonth: days === daysInMonth };
}

function overlapDays(from: LocalDate, to: LocalDate, start: LocalDate, end: LocalDate): number {
  const first = from.isAfter(start) ? from : start;
  const last = to.isBefore(end) ? to : end;
  return last.isBefore(first) ? 0 : last.toEpochDay() - first.toEpochDay() + 1;
}
