import { DomainError } from '@tamago/core';
import { contractYearOn, parseRentSchedule, rentForMonth } from './rent-schedule';

function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error.details.errors?.[0].field;
    throw error;
  }
  throw new Error('expected a DomainError');
}

const schedule = [
  { fromYear: 1, monthlyRent: 100_000 },
  { fromYear: 3, monthlyRent: 110_000 },
];

describe('contractYearOn', () => {
  it('year 1 is the first 12 months', () => {
    expect(contractYearOn('2026-04-01', '2026-04-01')).toBe(1);
    expect(contractYearOn('2026-04-01', '2027-03-31')).toBe(1);
    expect(contractYearOn('2026-04-01', '2027-04-01')).toBe(2);
    expect(contractYearOn('2026-04-01', '2028-04-01')).toBe(3);
  });

  it('a lease starting on 29 February completes its first year on 28 February', () => {
    expect(contractYearOn('2028-02-29', '2029-02-28')).toBe(1);
    expect(contractYearOn('2028-02-29', '2029-03-01')).toBe(2);
  });

  it('refuses a date before the start', () => {
    expect(fieldOf(() => contractYearOn('2026-04-01', '2026-03-31'))).toBe('date');
  });
});

describe('rentForMonth', () => {
  it('switches rent when contract year 3 begins (lease from 2026-04-01)', () => {
    expect(rentForMonth(schedule, '2026-04-01', '2026-04')).toBe(100_000);
    // 2028-03-01 is 23 whole months in: year 2
    expect(rentForMonth(schedule, '2026-04-01', '2028-03')).toBe(100_000);
    // 2028-04-01 is 24 whole months in: year 3
    expect(rentForMonth(schedule, '2026-04-01', '2028-04')).toBe(110_000);
    // the last step stays in force: 2030-12 is year 5
    expect(rentForMonth(schedule, '2026-04-01', '2030-12')).toBe(110_000);
  });

  it('a year that begins mid-month changes the rent from the next month (lease from 2026-04-15)', () => {
    expect(rentForMonth(schedule, '2026-04-15', '2026-04')).toBe(100_000);
    // year 3 begins 2028-04-15; on 2028-04-01 only 23 whole months have passed
    expect(rentForMonth(schedule, '2026-04-15', '2028-04')).toBe(100_000);
    // 2026-04-15 → 2028-05-01 is 24 whole months: year 3
    expect(rentForMonth(schedule, '2026-04-15', '2028-05')).toBe(110_000);
  });

  it('refuses a month before the lease and malformed months', () => {
    expect(fieldOf(() => rentForMonth(schedule, '2026-04-15', '2026-03'))).toBe('period');
    expect(fieldOf(() => rentForMonth(schedule, '2026-04-15', '2026-13'))).toBe('period');
    expect(fieldOf(() => rentForMonth(schedule, '2026-04-15', '2026-4'))).toBe('period');
    expect(fieldOf(() => rentForMonth(schedule, '2026-04-31', '2026-05'))).toBe('leaseStart');
  });
});

describe('parseRentSchedule', () => {
  it('accepts a valid schedule', () => {
    expect(parseRentSchedule(schedule)).toEqual(schedule);
  });

  it.each([
    [[], 'rentSchedule'],
    ['100000', 'rentSchedule'],
    [[{ fromYear: 2, monthlyRent: 1 }], 'rentSchedule[0].fromYear'],
    [
      [
        { fromYear: 1, monthlyRent: 1 },
        { fromYear: 1, monthlyRent: 2 },
      ],
      'rentSchedule[1].fromYear',
    ],
    [[{ fromYear: 1, monthlyRent: -1 }], 'rentSchedule[0].monthlyRent'],
    [[{ fromYear: 1, monthlyRent: 100_000.5 }], 'rentSchedule[0].monthlyRent'],
    [[null], 'rentSchedule[0].fromYear'],
  ])('refuses %j naming %s', (value, field) => {
    expect(fieldOf(() => parseRentSchedule(value))).toBe(field);
  });
});
