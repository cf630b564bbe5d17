import { DomainError } from '@tamago/core';
import { LeasingError } from '../errors';

// Areas are decimals in m² (pg numeric(10,2)). They are kept as integer hundredths of a m²
// ("centi-m²": 63.25 m² = 6325) so that sums and ratios are exact.
const AREA = /^(\d{1,6})(?:\.(\d{1,2}))?$/;

/** Parses an area in m² with at most two decimals ("63.25" or 63.25) into integer centi-m² (6325). */
export function parseAreaSqm(value: unknown, field: string): number {
  // A number is read through its shortest decimal form, which is what was typed (63.25 → "63.25").
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  const match = typeof text === 'string' ? AREA.exec(text) : null;
  if (!match)
    throw DomainError.invalid(
      LeasingError.AreaInvalid,
      field,
      `${field} must be an area in m² with at most two decimals, like 63.25.`,
      { field },
    );
  return Number(match[1]) * 100 + Number((match[2] ?? '').padEnd(2, '0'));
}

/** Formats centi-m² as m² with two decimals: 6325 → "63.25". */
export function formatCentiSqm(centi: number): string {
  if (!Number.isSafeInteger(centi) || centi < 0) {
    throw DomainError.invalid(
      LeasingError.AreaNotWhole,
      'area',
      'area must be a whole non-negative number of centi-m².',
    );
  }
  return `${Math.floor(centi / 100)}.${String(centi % 100).padStart(2, '0')}`;
}
