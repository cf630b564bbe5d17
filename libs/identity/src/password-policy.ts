import { DomainError } from '@tamago/core';
import { IdentityError } from './errors';

/** Long enough to resist guessing. */
export const PASSWORD_MIN_LENGTH = 10;
/** Short enough to hash cheaply. */
export const PASSWORD_MAX_LENGTH = 128;

/** What is wrong with a new password under the policy, named after `field`, or null when it passes. */
export function passwordProblem(password: string, field = 'password'): string | null {
  if (password.length < PASSWORD_MIN_LENGTH) return `${field} must be at least ${PASSWORD_MIN_LENGTH} characters`;
  if (password.length > PASSWORD_MAX_LENGTH)
    return `${field} must be shorter than or equal to ${PASSWORD_MAX_LENGTH} characters`;
  return null;
}

/** Throws InvalidInput naming `field` unless the new password meets the policy (every way in: API, CLI, seed). */
export function assertPasswordPolicy(password: string, field = 'password'): void {
  const problem = passwordProblem(password, field);
  if (!problem) return;
  if (password.length < PASSWORD_MIN_LENGTH)
    throw DomainError.invalid(
      IdentityError.PasswordTooShort,
      field,
      problem,
      { min: PASSWORD_MIN_LENGTH },
      'minLength',
    );
  throw DomainError.invalid(IdentityError.PasswordTooLong, field, problem, { max: PASSWORD_MAX_LENGTH }, 'maxLength');
}
