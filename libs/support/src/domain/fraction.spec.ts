import { DomainError, ErrorCode } from '@tamago/core';
import { applyFraction, parseFraction } from './fraction';

function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) {
      expect(error.code).toBe(ErrorCode.InvalidInput);
      return error.details.errors?.[0].field;
    }
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('parseFraction', () => {
  it('parses and reduces', () => {
    expect(parseFraction('2/3', 'subsidyRate')).toEqual({ numerator: 2, denominator: 3 });
    expect(parseFraction('4/6', 'subsidyRate')).toEqual({ numerator: 2, denominator: 3 });
    expect(parseFraction(' 1 / 2 ', 'subsidyRate')).toEqual({ numerator: 1, denominator: 2 });
    expect(parseFraction('10/10', 'subsidyRate')).toEqual({ numerator: 1, denominator: 1 });
  });

  it.each([['0.66'], ['0.6667'], [0.5], [1], ['0/3'], ['3/2'], ['2/0'], [''], ['2/3/4'], ['-1/2'], ['1.5/3'], [null]])(
    'refuses %p naming the field',
    (value) => {
      expect(fieldOf(() => parseFraction(value, 'subsidyRate'))).toBe('subsidyRate');
    },
  );
});

describe('applyFraction', () => {
  it('floors the exact product', () => {
    // 1 000 000 × 2 / 3 = 666 666.67 → 666 666
    expect(applyFraction(1_000_000, { numerator: 2, denominator: 3 })).toBe(666_666);
    // 12 500 000 × 2 / 3 = 8 333 333.33 → 8 333 333
    expect(applyFraction(12_500_000, { numerator: 2, denominator: 3 })).toBe(8_333_333);
    // 7 000 001 / 2 = 3 500 000.5 → 3 500 000
    expect(applyFraction(7_000_001, { numerator: 1, denominator: 2 })).toBe(3_500_000);
    expect(applyFraction(0, { numerator: 2, denominator: 3 })).toBe(0);
  });

  it('stays exact where floating point would not', () => {
    // (2^53 − 1) × 2 / 3 = 6 004 799 503 160 660.67; a float product rounds to …661
    expect(applyFraction(Number.MAX_SAFE_INTEGER, { numerator: 2, denominator: 3 })).toBe(6_004_799_503_160_660);
  });

  it('refuses bad amounts and fractions', () => {
    expect(fieldOf(() => applyFraction(-1, { numerator: 1, denominator: 2 }))).toBe('amount');
    expect(fieldOf(() => applyFraction(100.5, { numerator: 1, denominator: 2 }))).toBe('amount');
    expect(fieldOf(() => applyFraction(100, { numerator: 3, denominator: 2 }))).toBe('fraction');
    expect(fieldOf(() => applyFraction(100, { numerator: 0.5, denominator: 1 }))).toBe('fraction');
  });
});
