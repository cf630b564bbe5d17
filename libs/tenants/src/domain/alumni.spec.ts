import { DomainError } from '@tamago/core';
import { followUpEndsOn, isAlumnusInFollowUp } from './alumni';

function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error.details.errors?.[0].field;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('followUpEndsOn', () => {
  it('ends on the fifth anniversary of graduation', () => {
    // starts 2027-04-01 (day after), 60 months end the day before 2032-04-01
    expect(followUpEndsOn('2027-03-31')).toBe('2032-03-31');
    expect(followUpEndsOn('2027-06-15')).toBe('2032-06-15');
  });

  it('handles a leap-day graduation: starts 2028-03-01, ends 2033-02-28', () => {
    expect(followUpEndsOn('2028-02-29')).toBe('2033-02-28');
  });

  it('takes another number of years', () => {
    expect(followUpEndsOn('2027-03-31', 3)).toBe('2030-03-31');
    expect(fieldOf(() => followUpEndsOn('2027-03-31', 0))).toBe('years');
  });
});

describe('isAlumnusInFollowUp', () => {
  it('is true from the graduation day to the fifth anniversary, both included', () => {
    expect(isAlumnusInFollowUp('2027-03-31', '2027-03-30')).toBe(false);
    expect(isAlumnusInFollowUp('2027-03-31', '2027-03-31')).toBe(true);
    expect(isAlumnusInFollowUp('2027-03-31', '2030-01-01')).toBe(true);
    expect(isAlumnusInFollowUp('2027-03-31', '2032-03-31')).toBe(true);
    expect(isAlumnusInFollowUp('2027-03-31', '2032-04-01')).toBe(false);
  });

  it('names the bad date', () => {
    expect(fieldOf(() => isAlumnusInFollowUp('2027-3-31', '2028-01-01'))).toBe('graduatedOn');
    expect(fieldOf(() => isAlumnusInFollowUp('2027-03-31', ''))).toBe('asOf');
  });
});
