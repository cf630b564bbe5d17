import {
  dateInZone,
  DEFAULT_TIME_ZONE,
  DomainError,
  fiscalYearOf,
  parseInstant,
  requireArray,
  requireBoolean,
  requireInteger,
  requireOneOf,
} from '@tamago/core';
import { SupportError } from '../errors';

/** What happens past the free quota: refuse the booking, or allow it as a paid session. */
export type QuotaPolicy = 'refuse' | 'chargeable';

/** Whether one more session may be booked, and whether it would be charged. */
export interface QuotaStatus {
  used: number;
  quota: number;
  remaining: number;
  allowed: boolean;
  chargeable: boolean;
}

const POLICIES: readonly QuotaPolicy[] = ['refuse', 'chargeable'];

/**
 * Sessions that fall in fiscal year `fy`, judged by the calendar date of their start in the
 * facility's time zone: 2027-03-31T15:30Z is 2027-04-01 in Tokyo, so it counts in FY2027.
 * The caller passes only the sessions that use the quota (not cancelled ones).
 */
export function countInFiscalYear(
  sessions: { startsAt: string | Date }[],
  fy: number,
  timeZone: string = DEFAULT_TIME_ZONE,
  startMonth = 4,
): number {
  const year = requireInteger(fy, 'fiscalYear', 1000, 9998);
  return requireArray<{ startsAt: string | Date }>(sessions, 'sessions').filter((session, i) => {
    const at = parseInstant(session?.startsAt, `sessions[${i}].startsAt`);
    return fiscalYearOf(dateInZone(at, timeZone), startMonth) === year;
  }).length;
}

/** The quota position before booking one more session: `used` sessions so far this fiscal year. */
export function quotaStatus(used: number, quota: number, policy: QuotaPolicy): QuotaStatus {
  const u = requireInteger(used, 'used', 0, 100_000);
  const q = requireInteger(quota, 'quota', 0, 100_000);
  const p = requireOneOf(policy, POLICIES, 'policy');
  const remaining = Math.max(0, q - u);
  return {
    used: u,
    quota: q,
    remaining,
    allowed: remaining > 0 || p === 'chargeable',
    chargeable: remaining === 0 && p === 'chargeable',
  };
}

/** Throws Conflict when the free quota is used up and the policy refuses extra sessions; returns the status otherwise. */
export function assertSessionAllowed(
  used: number,
  quota: number,
  policy: QuotaPolicy,
  chargeableAccepted = true,
): QuotaStatus {
  const status = quotaStatus(used, quota, policy);
  const accepted = requireBoolean(chargeableAccepted, 'chargeableAccepted');
  if (!status.allowed) {
    throw DomainError.conflict(
      SupportError.QuotaUsedUp,
      `The ${quota} free sessions of this fiscal year are used up.`,
      { quota },
      { used, quota, policy },
    );
  }
  if (status.chargeable && !accepted) {
    throw DomainError.conflict(
      SupportError.QuotaUsedUpCharged,
      'The free sessions are used up; this session would be charged.',
      {},
      {
        used,
        quota,
        policy,
      },
    );
  }
  return status;
}
