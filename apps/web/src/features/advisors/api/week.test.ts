import { describe, expect, it } from 'vitest';
import { mondayOf, tokyoParts, weekDays } from './week';

describe('advisor week calendar dates', () => {
  it('starts the week on Monday', () => {
    expect(mondayOf('2027-01-16')).toBe('2027-01-11');
    expect(mondayOf('2027-01-11')).toBe('2027-01-11');
    expect(mondayOf('2027-01-17')).toBe('2027-01-11');
    expect(weekDays('2027-01-11').at(-1)).toBe('2027-01-17');
  });

  it('places an instant on its Tokyo day and time', () => {
    expect(tokyoParts('2027-01-16T01:30:00Z')).toEqual({ date: '2027-01-16', minutes: 630 });
    expect(tokyoParts('2027-01-15T16:00:00Z')).toEqual({ date: '2027-01-16', minutes: 60 });
  });
});
