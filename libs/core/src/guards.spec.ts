import { DomainError, ErrorCode } from './domain-error';
import { requireArray, requireBoolean, requireInteger, requireOneOf, requireText } from './guards';

function caught(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

function expectInvalid(fn: () => unknown, field: string, message: string): void {
  const error = caught(fn);
  expect(error.code).toBe(ErrorCode.InvalidInput);
  expect(error.message).toBe(message);
  expect(error.details.errors).toEqual([{ field, message }]);
}

describe('requireOneOf', () => {
  const COLOURS = ['red', 'green'] as const;

  it('returns an allowed value', () => {
    expect(requireOneOf('green', COLOURS, 'colour')).toBe('green');
  });

  it.each([['blue'], ['RED'], [''], [1], [null], [undefined]])('refuses %p naming the field', (value) => {
    expectInvalid(() => requireOneOf(value, COLOURS, 'colour'), 'colour', 'colour must be one of: red, green.');
  });
});

describe('requireText', () => {
  it('returns the text trimmed', () => {
    expect(requireText('  note \n', 'note')).toBe('note');
  });

  it.each([[''], ['   '], [undefined], [42]])('refuses %p as missing', (value) => {
    expectInvalid(() => requireText(value, 'note'), 'note', 'note is required.');
  });

  it('accepts exactly maxLength characters after trimming and refuses one more', () => {
    expect(requireText(` ${'a'.repeat(5)} `, 'note', 5)).toBe('aaaaa');
    expectInvalid(() => requireText('a'.repeat(6), 'note', 5), 'note', 'note must be at most 5 characters.');
  });

  it('defaults to 2000 characters', () => {
    expect(requireText('a'.repeat(2000), 'note')).toHaveLength(2000);
    expectInvalid(() => requireText('a'.repeat(2001), 'note'), 'note', 'note must be at most 2000 characters.');
  });
});

describe('requireInteger', () => {
  it('accepts both bounds', () => {
    expect(requireInteger(1, 'months', 1, 12)).toBe(1);
    expect(requireInteger(12, 'months', 1, 12)).toBe(12);
  });

  it.each([[0], [13], [1.5], ['3'], [Number.NaN], [Number.MAX_SAFE_INTEGER + 1], [null]])('refuses %p', (value) => {
    expectInvalid(
      () => requireInteger(value, 'months', 1, 12),
      'months',
      'months must be a whole number from 1 to 12.',
    );
  });
});

describe('requireBoolean', () => {
  it('returns true and false', () => {
    expect(requireBoolean(true, 'paid')).toBe(true);
    expect(requireBoolean(false, 'paid')).toBe(false);
  });

  it.each([['true'], [1], [0], [null]])('refuses %p', (value) => {
    expectInvalid(() => requireBoolean(value, 'paid'), 'paid', 'paid must be true or false.');
  });
});

describe('requireArray', () => {
  it('returns the same array', () => {
    const list = [1, 2];
    expect(requireArray<number>(list, 'items')).toBe(list);
  });

  it.each([[{}], ['a,b'], [null], [undefined]])('refuses %p', (value) => {
    expectInvalid(() => requireArray(value, 'items'), 'items', 'items must be a list.');
  });
});
