import { DomainError, type IsoDate, toLocalDate } from '@tamago/core';
import { requireYen, sumYen, type Yen } from '@tamago/billing';
import { PaymentsError } from '../errors';

export type AgingBucket = 'current' | 'd1_30' | 'd31_60' | 'd61_90' | 'over_90';
export const AGING_BUCKETS: readonly AgingBucket[] = ['current', 'd1_30', 'd31_60', 'd61_90', 'over_90'];

export interface AgingInvoice {
  dueDate: IsoDate;
  openAmount: Yen;
}

export type AgingReport = Record<AgingBucket, Yen> & { total: Yen };

/** Days from the due date to asOf: 0 on the due date, negative before it. */
export function daysPastDue(dueDate: IsoDate, asOf: IsoDate): number {
  return toLocalDate(asOf, 'asOf').toEpochDay() - toLocalDate(dueDate, 'dueDate').toEpochDay();
}

/** Receivables-aging bucket: current up to and on the due date, then 1–30, 31–60, 61–90, over 90 days late. */
export function agingBucket(dueDate: IsoDate, asOf: IsoDate): AgingBucket {
  const days = daysPastDue(dueDate, asOf);
  if (days <= 0) return 'current';
  if (days <= 30) return 'd1_30';
  if (days <= 60) return 'd31_60';
  if (days <= 90) return 'd61_90';
  return 'over_90';
}

/** Open amounts per aging bucket as of a date, every bucket present, plus the total. */
export function agingReport(invoices: readonly AgingInvoice[], asOf: IsoDate): AgingReport {
  if (!Array.isArray(invoices))
    throw DomainError.invalid(PaymentsError.InvoicesNotList, 'invoices', 'invoices must be a list.');
  toLocalDate(asOf, 'asOf');
  const amounts: Record<AgingBucket, Yen[]> = { current: [], d1_30: [], d31_60: [], d61_90: [], over_90: [] };
  invoices.forEach((inv, i) => {
    const amount = requireYen(inv?.openAmount, `invoices[${i}].openAmount`, { min: 0 });
    toLocalDate(inv.dueDate, `invoices[${i}].dueDate`);
    amounts[agingBucket(inv.dueDate, asOf)].push(amount);
  });
  const report = Object.fromEntries(AGING_BUCKETS.map((b) => [b, sumYen(amounts[b], b)])) as Record<AgingBucket, Yen>;
  return {
    ...report,
    total: sumYen(
      AGING_BUCKETS.map((b) => report[b]),
      'total',
    ),
  };
}

/**
 * Reminder level for an overdue invoice: 0 (none) to 3, one level per threshold reached.
 * Default thresholds 7, 21, 45 days: day 7 → 1, day 21 → 2, day 45 → 3.
 */
export function dunningLevel(
  daysPastDue: number,
  thresholds: readonly [number, number, number] = [7, 21, 45],
): 0 | 1 | 2 | 3 {
  if (!Number.isSafeInteger(daysPastDue))
    throw DomainError.invalid(PaymentsError.DaysPastDueNotWhole, 'daysPastDue', 'daysPastDue must be a whole number.');
  const valid =
    Array.isArray(thresholds) &&
    thresholds.length === 3 &&
    thresholds.every((t, i) => Number.isSafeInteger(t) && t > 0 && (i === 0 || t > thresholds[i - 1]));
  if (!valid)
    throw DomainError.invalid(
      PaymentsError.AgingThresholdsInvalid,
      'thresholds',
      'thresholds must be three increasing whole numbers of days above 0.',
    );
  return thresholds.filter((t) => daysPastDue >= t).length as 0 | 1 | 2 | 3;
}
