import { DomainError, requireInteger } from '@tamago/core';
import { SupportError } from '../errors';

/** The amounts of a subsidy case in integer yen; null until known. */
export interface SubsidyAmounts {
  requested?: number | null;
  decided?: number | null;
  fixed?: number | null;
  paid?: number | null;
}

type AmountKey = keyof SubsidyAmounts;
const ORDER: readonly AmountKey[] = ['requested', 'decided', 'fixed', 'paid'];

/**
 * Checks the amounts of a case: whole non-negative yen; requested and decided within the
 * programme's maximum (null: no maximum); decided ≤ requested, fixed ≤ decided, paid ≤ fixed.
 * A later amount needs the one before it, except that decided does not need requested.
 * InvalidInput names the field. Returns the amounts with absent ones as null.
 */
export function checkAmounts(amounts: SubsidyAmounts, maxAmount: number | null): Required<SubsidyAmounts> {
  if (amounts === null || typeof amounts !== 'object')
    throw DomainError.invalid(SupportError.AmountsRequired, 'amounts', 'amounts are required.');
  const max = maxAmount === null ? null : requireInteger(maxAmount, 'maxAmount', 1, Number.MAX_SAFE_INTEGER);
  const a = Object.fromEntries(
    ORDER.map((key) => [
      key,
      amounts[key] == null ? null : requireInteger(amounts[key], key, 0, Number.MAX_SAFE_INTEGER),
    ]),
  ) as Required<SubsidyAmounts>;
  for (const key of ['requested', 'decided'] as const) {
    const value = a[key];
    if (max !== null && value !== null && value > max) {
      throw DomainError.invalid(
        SupportError.AmountAboveProgramMax,
        key,
        `${key} (¥${value}) exceeds the programme maximum (¥${max}).`,
        { key, value, max },
      );
    }
  }
  notAbove(a, 'decided', 'requested', false);
  notAbove(a, 'fixed', 'decided', true);
  notAbove(a, 'paid', 'fixed', true);
  return a;
}

function notAbove(a: Required<SubsidyAmounts>, key: AmountKey, bound: AmountKey, boundRequired: boolean): void {
  const value = a[key];
  const limit = a[bound];
  if (value === null) return;
  if (limit === null) {
    if (boundRequired)
      throw DomainError.invalid(
        SupportError.AmountBeforeBound,
        key,
        `${key} cannot be set before the ${bound} amount.`,
        { key, bound },
      );
    return;
  }
  if (value > limit)
    throw DomainError.invalid(
      SupportError.AmountAboveBound,
      key,
      `${key} (¥${value}) cannot exceed ${bound} (¥${limit}).`,
      { key, value, bound, limit },
    );
}
