import { DomainError } from '@tamago/core';
import { SpacesError } from './errors';

const AREA = /^(\d{1,8})(?:\.(\d{1,2}))?$/;

/**
 * Normalises an area in m² ("63.2", 63.25) to the numeric(10,2) text "63.20" without ever
 * doing float arithmetic on it; anything else (negative, three decimals) is InvalidInput.
 */
export function normalizeAreaSqm(value: unknown, field = 'areaSqm'): string {
  const text = typeof value === 'number' && Number.isFinite(value) ? String(value) : value;
  const match = typeof text === 'string' ? AREA.exec(text.trim()) : null;
  if (!match)
    throw DomainError.invalid(
      SpacesError.AreaInvalid,
      field,
      `${field} must be a non-negative area in m² with at most two decimals, like 63.25.`,
      { field },
    );
  return `${BigInt(match[1]).toString()}.${(match[2] ?? '').padEnd(2, '0')}`;
}
