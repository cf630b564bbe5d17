import { DomainError } from '@tamago/core';
import { BillingError } from '../errors';

/** An amount of money in whole yen. Never a fraction, never outside the safe-integer range. */
export type Yen = number;

export interface YenBounds {
  min?: number;
  max?: number;
}

/** Returns `value` when it is a safe integer of yen within bounds; otherwise InvalidInput on `field`. */
export function requireYen(value: unknown, field: string, bounds: YenBounds = {}): Yen {
  if (typeof value !== 'number' || !Number.isSafeInteger(value)) {
    throw DomainError.invalid(BillingError.YenNotWhole, field, `${field} must be a whole number of yen.`, { field });
  }
  if (bounds.min !== undefined && value < bounds.min) {
    throw DomainError.invalid(BillingError.YenTooSmall, field, `${field} must be at least ${bounds.min} yen.`, {
      field,
      min: bounds.min,
    });
  }
  if (bounds.max !== undefined && value > bounds.max) {
    throw DomainError.invalid(BillingError.YenTooLarge, field, `${field} must be at most ${bounds.max} yen.`, {
      field,
      max: bounds.max,
    });
  }
  return value;
}

/** Sum of yen amounts; InvalidInput on `field` if the total leaves the safe-integer range. */
export function sumYen(amounts: readonly Yen[], field: string): Yen {
  let total = 0;
  for (const amount of amounts) {
    total += amount;
    if (!Number.isSafeInteger(total)) {
      throw DomainError.invalid(
        BillingError.TotalTooLarge,
        field,
        `The total of ${field} is too large to compute exactly.`,
        { field },
      );
    }
  }
  return total;
}
