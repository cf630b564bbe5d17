import { DomainError, ErrorCode } from '@tamago/core';

/** Runs fn, asserts it throws an InvalidInput DomainError, and returns the first field named. */
export function invalidField(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    if (!(e instanceof DomainError)) throw e;
    expect(e.code).toBe(ErrorCode.InvalidInput);
    return e.details.errors?.[0]?.field;
  }
  throw new Error('expected a DomainError to be thrown');
}
