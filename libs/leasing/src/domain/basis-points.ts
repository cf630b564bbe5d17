import { DomainError } from '@tamago/core';
import { LeasingError } from '../errors';

/**
 * `part` / `whole` in basis points (1 bp = 0.01 %), rounded down so that a rate reported to a
 * funder is never overstated; null when `whole` is 0. Integer math only.
 */
export function basisPointsOf(part: number, whole: number): number | null {
  for (const [name, n] of [
    ['part', part],
    ['whole', whole],
  ] as const) {
    if (!Number.isSafeInteger(n) || n < 0)
      throw DomainError.invalid(LeasingError.BasisPointsNegative, name, `${name} must be a whole number ≥ 0.`, {
        name,
      });
  }
  if (part > whole) throw DomainError.invalid(LeasingError.PartExceedsWhole, 'part', 'part cannot exceed whole.');
  if (whole === 0) return null;
  return Number((BigInt(part) * 10_000n) / BigInt(whole));
}

/** Formats basis points as a percentage with two decimals: 9150 → "91.50%"; null → null. */
export function formatBasisPoints(bp: number | null): string | null {
  if (bp === null) return null;
  if (!Number.isSafeInteger(bp))
    throw DomainError.invalid(LeasingError.BasisPointsNotWhole, 'bp', 'bp must be a whole number.');
  const sign = bp < 0 ? '-' : '';
  const abs = Math.abs(bp);
  return `${sign}${Math.floor(abs / 100)}.${String(abs % 100).padStart(2, '0')}%`;
}
