import { DomainError, parseIsoDate, type IsoDate } from '@tamago/core';
import { LeasingError } from '../errors';

/** The contracted term of a lease; both days are included. */
export interface LeasePeriod {
  startDate: IsoDate;
  endDate: IsoDate;
}

/**
 * Validates a lease period: real dates, and an end on or after the start (a one-day lease is
 * allowed). `prefix` names nested fields in errors, e.g. 'chain[2].'.
 */
export function assertLeasePeriod(period: LeasePeriod, prefix = ''): LeasePeriod {
  if (period === null || typeof period !== 'object') {
    throw DomainError.invalid(
      LeasingError.LeasePeriodRequired,
      prefix.replace(/\.$/, '') || 'period',
      'A lease period is required.',
    );
  }
  const startDate = parseIsoDate(period.startDate, `${prefix}startDate`);
  const endDate = parseIsoDate(period.endDate, `${prefix}endDate`);
  // Validated zero-padded ISO dates order the same way as strings.
  if (endDate < startDate) {
    throw DomainError.invalid(
      LeasingError.LeaseEndsBeforeStart,
      `${prefix}endDate`,
      `The lease cannot end (${endDate}) before it starts (${startDate}).`,
      { endDate, startDate },
    );
  }
  return { startDate, endDate };
}

/**
 * Validates an early termination date: the last day occupied and billed. It falls within the
 * term and before the end date (a lease that runs to its end date ends, it is not terminated).
 */
export function assertTerminationDate(period: LeasePeriod, terminatedOn: IsoDate, prefix = ''): IsoDate {
  const { startDate, endDate } = assertLeasePeriod(period, prefix);
  const day = parseIsoDate(terminatedOn, `${prefix}terminatedOn`);
  if (day < startDate || day >= endDate) {
    throw DomainError.invalid(
      LeasingError.TerminationDateOutOfTerm,
      `${prefix}terminatedOn`,
      `terminatedOn must be on or after ${startDate} and before the end date ${endDate}.`,
      { startDate, endDate },
    );
  }
  return day;
}

/** The last day a lease actually occupies: the termination date if terminated early, else the end date. */
export function occupiedUntil(lease: LeasePeriod & { terminatedOn?: IsoDate | null }, prefix = ''): IsoDate {
  const period = assertLeasePeriod(lease, prefix);
  if (lease.terminatedOn === undefined || lease.terminatedOn === null) return period.endDate;
  return assertTerminationDate(period, lease.terminatedOn, prefix);
}

/** Throws Conflict unless `today` is after the end date: only then may an active lease be marked ended. */
export function assertLeaseCanEnd(period: LeasePeriod, today: IsoDate): void {
  const { endDate } = assertLeasePeriod(period);
  if (parseIsoDate(today, 'today') <= endDate) {
    throw DomainError.conflict(
      LeasingError.LeaseStillRunning,
      `The lease runs until ${endDate}; it can be marked ended from the next day.`,
      { endDate },
      {
        endDate,
      },
    );
  }
}
