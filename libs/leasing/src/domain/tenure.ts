import { LocalDate } from '@js-joda/core';
import {
  addDays,
  DomainError,
  endOfMonthsPeriod,
  parseIsoDate,
  requireArray,
  requireBoolean,
  requireInteger,
  requireText,
  toLocalDate,
  wholeMonthsBetween,
  type IsoDate,
} from '@tamago/core';
import { assertLeasePeriod, type LeasePeriod } from './lease-period';
import { LeasingError } from '../errors';

/** Facilities cap a tenant's stay at five years across renewals unless they configure otherwise. */
export const DEFAULT_MAX_TENURE_MONTHS = 60;

/** Outcome of a tenure check: how much of the allowance the chain and the proposal use. */
export interface TenureCheck {
  latestAllowedEndDate: IsoDate;
  allowedDays: number;
  usedDays: number;
}

/** One tenant's tenure position on a day. */
export interface TenureRemaining {
  tenantId: string;
  latestEndDate: IsoDate;
  monthsRemaining: number;
  daysRemaining: number;
}

type Span = [first: number, last: number];

/** Last allowed day of a continuous stay that starts on `chainStart`: 2022-04-01 + 60 months → 2027-03-31. */
export function maxEndDate(chainStart: IsoDate, maxMonths: number = DEFAULT_MAX_TENURE_MONTHS): IsoDate {
  return endOfMonthsPeriod(parseIsoDate(chainStart, 'chainStart'), requireInteger(maxMonths, 'maxMonths', 1, 1200));
}

/**
 * Checks a proposed lease against the maximum tenure. Tenure is the number of days the tenant
 * actually occupied across its chain of leases (`chain`: signed leases, each with the day it
 * really ended, i.e. the termination date when terminated early); days covered twice (two rooms at
 * once) count once, and gaps between leases do not count. The allowance is the length in days of
 * `maxMonths` months from the chain's first day, so a chain without gaps may run exactly to
 * maxEndDate(first day). Throws Conflict naming the proposed and the latest allowed end dates.
 */
export function checkTenure(
  chain: LeasePeriod[],
  proposed: LeasePeriod,
  maxMonths: number = DEFAULT_MAX_TENURE_MONTHS,
): TenureCheck {
  const spans = mergeSpans(parseChain(chain));
  const next = assertLeasePeriod(proposed, 'proposed.');
  const [first, last] = toSpan(next);
  const chainStart = Math.min(first, ...spans.map(([start]) => start));
  const allowedDays = dayOf(maxEndDate(fromDay(chainStart), maxMonths)) - chainStart + 1;
  const latest = latestEndFrom(spans, first, allowedDays - total(spans));
  const usedDays = total(mergeSpans([...spans, [first, last]]));
  const latestAllowedEndDate = fromDay(latest);
  if (last > latest) {
    const allowance = latest < first ? 'leaves no time for this lease' : `allows ${latestAllowedEndDate} at the latest`;
    throw DomainError.conflict(
      latest < first ? LeasingError.TenureLeavesNoTime : LeasingError.TenureExceeded,
      `The lease would end on ${next.endDate}, but the maximum tenure of ${maxMonths} months ${allowance}.`,
      { endDate: next.endDate, maxMonths, latestAllowedEndDate },
      { proposedEndDate: next.endDate, latestAllowedEndDate, maxMonths, allowedDays, usedDays },
    );
  }
  return { latestAllowedEndDate, allowedDays, usedDays };
}

/**
 * Tenants whose tenure runs out within `withinMonths` months of `asOf` (its last allowed day is on or
 * before the end of that period), assuming they stay on after their current lease. Only tenants
 * with a lease ending on or after `asOf` are considered. Sorted by latest end date, then tenant id.
 */
export function tenantsNearingMaxTenure(
  tenants: { tenantId: string; chain: LeasePeriod[] }[],
  asOf: IsoDate,
  withinMonths: number,
  maxMonths: number = DEFAULT_MAX_TENURE_MONTHS,
): TenureRemaining[] {
  const today = parseIsoDate(asOf, 'asOf');
  const horizon = endOfMonthsPeriod(today, requireInteger(withinMonths, 'withinMonths', 1, 1200));
  const found = requireArray<{ tenantId: string; chain: LeasePeriod[] }>(tenants, 'tenants').flatMap((tenant, i) => {
    const tenantId = requireText(tenant?.tenantId, `tenants[${i}].tenantId`, 200);
    const spans = mergeSpans(parseChain(tenant.chain, `tenants[${i}].chain`));
    if (spans.length === 0 || spans.at(-1)![1] < dayOf(today)) return [];
    const chainStart = spans[0][0];
    const allowedDays = dayOf(maxEndDate(fromDay(chainStart), maxMonths)) - chainStart + 1;
    // Staying on after the last lease spends what is left of the allowance day by day.
    const latestEndDate = fromDay(spans.at(-1)![1] + allowedDays - total(spans));
    if (latestEndDate > horizon) return [];
    const monthsRemaining = Math.max(0, wholeMonthsBetween(today, addDays(latestEndDate, 1)));
    const daysRemaining = dayOf(latestEndDate) - dayOf(today);
    return [{ tenantId, latestEndDate, monthsRemaining, daysRemaining }];
  });
  return found.sort((a, b) => a.latestEndDate.localeCompare(b.latestEndDate) || a.tenantId.localeCompare(b.tenantId));
}

/** A renewal continues the chain but must go through re-screening first; a first lease is screened at entry. */
export function requiresRescreening(isRenewal: boolean): boolean {
  return requireBoolean(isRenewal, 'isRenewal');
}

/** Walks forward from `start` through the days not already covered by `spans`, spending `budget` days. */
function latestEndFrom(spans: Span[], start: number, budget: number): number {
  let cursor = start;
  for (const [first, last] of spans) {
    if (last < cursor) continue;
    if (first > cursor) {
      const gap = first - cursor;
      if (budget < gap) return cursor + budget - 1;
      budget -= gap;
    }
    cursor = Math.max(cursor, last + 1);
  }
  return cursor + budget - 1;
}

function parseChain(chain: LeasePeriod[], field = 'chain'): Span[] {
  return requireArray<LeasePeriod>(chain, field).map((lease, i) => toSpan(assertLeasePeriod(lease, `${field}[${i}].`)));
}

function mergeSpans(spans: Span[]): Span[] {
  const sorted = [...spans].sort((a, b) => a[0] - b[0]);
  const merged: Span[] = [];
  for (const [first, last] of sorted) {
    const previous = merged.at(-1);
    if (previous && first <= previous[1] + 1) previous[1] = Math.max(previous[1], last);
    else merged.push([first, last]);
  }
  return merged;
}

const total = (spans: Span[]): number => spans.reduce((sum, [first, last]) => sum + last - first + 1, 0);
const toSpan = (period: LeasePeriod): Span => [dayOf(period.startDate), dayOf(period.endDate)];
const dayOf = (date: IsoDate): number => toLocalDate(date, 'date').toEpochDay();
const fromDay = (epochDay: number): IsoDate => LocalDate.ofEpochDay(epochDay).toString();
