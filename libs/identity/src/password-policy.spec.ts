import { DomainError, ErrorCode } from '@tamago/core';
import { PASSWORD_MAX_LENGTH, PASSWORD_MIN_LENGTH, assertPasswordPolicy, passwordProblem } from './password-policy';

describe('password policy', () => {
  it('accepts 10 to 128 characters', () => {
    expect(passwordProblem('a'.repeat(PASSWORD_MIN_LENGTH))).toBeNull();
    expect(passwordProblem('a'.repeat(PASSWORD_MAX_LENGTH))).toBeNull();
  });

  it('names the field and the rule the password breaks', () => {
    expect(passwordProblem('short', '--password')).toBe('--password must be at least 10 characters');
    expect(passwordProblem('a'.repeat(129), 'newPassword')).toBe(
      'newPassword must be shorter than or equal to 128 characters',
    );
  });

  it('refuses a weak password as invalid input naming the field', () => {
    try {
      assertPasswordPolicy('123456789', 'newPassword');
      throw new Error('expected a DomainError');
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).code).toBe(ErrorCode.InvalidInput);
      expect((e as DomainError).details.errors?.[0]?.field).toBe('newPassword');
    }
  });
});
