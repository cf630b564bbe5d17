import { DomainError, requireInteger } from '@tamago/core';
import { SupportError } from '../errors';

/** A rate as an exact fraction of positive integers, reduced: "2/3", never 0.6667. */
export interface Fraction {
  numerator: number;
  denominator: number;
}

// Subsidy rates are published as fractions (補助率 2/3, 1/2). A decimal is refused because
// 0.6667 and 2/3 give different yen amounts.
const FRACTION = /^\s*(\d{1,9})\s*\/\s*(\d{1,9})\s*$/;

/** Parses "2/3" into a reduced fraction in (0, 1]; decimals, numbers and "0/3" are InvalidInput on `field`. */
export function parseFraction(value: unknown, field: string): Fraction {
  const match = typeof value === 'string' ? FRACTION.exec(value) : null;
  if (!match)
    throw DomainError.invalid(
      SupportError.FractionInvalid,
      field,
      `${field} must be a fraction like "2/3", not a decimal.`,
      { field },
    );
  return checkFraction({ numerator: Number(match[1]), denominator: Number(match[2]) }, field);
}

/** floor(amount × numerator ÷ denominator) in integer yen, computed exactly (BigInt). */
export function applyFraction(amount: number, fraction: Fraction): number {
  const yen = requireInteger(amount, 'amount', 0, Number.MAX_SAFE_INTEGER);
  const { numerator, denominator } = checkFraction(fraction, 'fraction');
  return Number((BigInt(yen) * BigInt(numerator)) / BigInt(denominator));
}

function checkFraction(fraction: Fraction, field: string): Fraction {
  if (fraction === null || typeof fraction !== 'object')
    throw DomainError.invalid(SupportError.Required, field, `${field} is required.`, { field });
  const numerator = requireInteger(fraction.numerator, field, 1, 999_999_999);
  const denominator = requireInteger(fraction.denominator, field, 1, 999_999_999);
  if (numerator > denominator)
    throw DomainError.invalid(SupportError.FractionAboveOne, field, `${field} cannot be more than 1.`, { field });
  const divisor = gcd(numerator, denominator);
  return { numerator: numerator / divisor, denominator: denominator / divisor };
}

function gcd(a: number, b: number): number {
  return b === 0 ? a : gcd(b, a % b);
}
