import { DomainError } from './domain-error';
import { CoreError } from './errors';

/** Requires one of `allowed`; anything else is InvalidInput on `field`. */
export function requireOneOf<T extends string>(value: unknown, allowed: readonly T[], field: string): T {
  if (typeof value === 'string' && (allowed as readonly string[]).includes(value)) return value as T;
  throw DomainError.invalid(CoreError.NotOneOf, field, `${field} must be one of: ${allowed.join(', ')}.`, {
    field,
    list: allowed.join(', '),
  });
}

/** Requires a string with visible characters, at most `maxLength` long; returns it trimmed. */
export function requireText(value: unknown, field: string, maxLength = 2000): string {
  const text = typeof value === 'string' ? value.trim() : '';
  if (text === '') throw DomainError.invalid(CoreError.Required, field, `${field} is required.`, { field });
  if (text.length > maxLength)
    throw DomainError.invalid(CoreError.TooLong, field, `${field} must be at most ${maxLength} characters.`, {
      field,
      maxLength,
    });
  return text;
}

/** Requires a safe integer within [min, max]. */
export function requireInteger(value: unknown, field: string, min: number, max: number): number {
  if (typeof value !== 'number' || !Number.isSafeInteger(value) || value < min || value > max) {
    throw DomainError.invalid(
      CoreError.NotWholeNumber,
      field,
      `${field} must be a whole number from ${min} to ${max}.`,
      { field, min, max },
    );
  }
  return value;
}

/** Requires a real boolean (not a truthy string). */
export function requireBoolean(value: unknown, field: string): boolean {
  if (typeof value !== 'boolean')
    throw DomainError.invalid(CoreError.NotBoolean, field, `${field} must be true or false.`, { field });
  return value;
}

/** Requires an array; the caller validates each element. */
export function requireArray<T>(value: unknown, field: string): T[] {
  if (!Array.isArray(value)) throw DomainError.invalid(CoreError.NotList, field, `${field} must be a list.`, { field });
  return value as T[];
}
