import { bigintTransformer } from './yen.transformer';

describe('bigintTransformer', () => {
  it('reads bigint strings as safe integers', () => {
    expect(bigintTransformer.from('123456789012')).toBe(123456789012);
    expect(bigintTransformer.from('-5')).toBe(-5);
    expect(bigintTransformer.from(null)).toBeNull();
  });

  it('refuses values that would lose precision', () => {
    expect(() => bigintTransformer.from('9007199254740993')).toThrow(RangeError);
  });
});
