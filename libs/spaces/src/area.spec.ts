import { normalizeAreaSqm } from './area';

describe('normalizeAreaSqm', () => {
  it.each([
    ['63.25', '63.25'],
    [63.2, '63.20'],
    ['007', '7.00'],
    [0, '0.00'],
  ])('%p → %p', (input, out) => expect(normalizeAreaSqm(input)).toBe(out));

  it.each([-1, '-3', '1.234', 'abc', null, Number.NaN, '1e3'])('refuses %p naming the field', (input) => {
    expect(() => normalizeAreaSqm(input)).toThrow(
      expect.objectContaining({
        details: { errors: [expect.objectContaining({ field: 'areaSqm' })] },
      }),
    );
  });
});
