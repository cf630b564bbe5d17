import { DomainError } from './domain-error';

/** Requires one of `allowed`; anything else is InvalidInput on `field`. */
export function requireOneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw DomainError.invalid(field, `${field} must be one of: ${allowed.join(', ')}.`);
}

/** Requires a string with visible characters, at most `maxLength` long; returns it trimmed. */
export function requireText(value: unknown, field: string, maxLength = 2000): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text === '') throw DomainError.invalid(field, `${field} is required.`);
  if (text.length > maxLength) throw DomainError.invalid(field, `${field} must be at most ${maxLength} characters.`);
  return text;
}

/** Requires a safe integer within [min, max]. */
export function requireInteger(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
    throw DomainError.invalid(field, `${field} must be a whole number from ${min} to ${max}.`);
  }
  return value;
}

/** Requires a real boolean (not a truthy string). */
export function requireBoolean(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean') throw DomainError.invalid(field, `${field} must be true or false.`);
  return value;
}

/** Requires an array; the caller validates each element. */
export function requireArray<T>(value: unknown, field: string): T[] {
  if (!Array.isArray(value)) throw DomainError.invalid(field, `${field} must be a list.`);
  return value as T[];
}
