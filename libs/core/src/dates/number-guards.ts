import { DomainError } from '../domain-error';

/** Requires a safe integer within [min, max]; anything else is InvalidInput on `field`. */
export function requireIntegerInRange(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
    throw DomainError.invalid(field, `${field} must be a whole number from ${min} to ${max}.`);
  }
  return value;
}
