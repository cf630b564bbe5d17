import {
  daysInPeriod,
  fiscalYearOfPeriod,
  nextPeriod,
  parsePeriod,
  periodEnd,
  periodOf,
  periodStart,
  periodsOfFiscalYear,
  previousPeriod,
} from './period';
import { invalidField } from './test-helpers';

describe('parsePeriod', () => {
  it('parses YYYY-MM', () => {
    expect(parsePeriod('2027-04')).toEqual({ year: 2027, month: 4 });
    expect(parsePeriod('2026-12')).toEqual({ year: 2026, month: 12 });
  });

  it.each(['2027-13', '2027-00', '2027-1', '27-01', '2027/01', '2027-01-01', ' 2027-01', '', 'abcd-ef'])(
    'rejects %j naming the field period',
    (value) => expect(invalidField(() => parsePeriod(value))).toBe('period'),
  );

  it('rejects non-strings and can name another field', () => {
    expect(invalidField(() => parsePeriod(202701))).toBe('period');
    expect(invalidField(() => parsePeriod('2027-13', 'billingPeriod'))).toBe('billingPeriod');
  });
});

describe('period arithmetic', () => {
  it('steps across year boundaries', () => {
    expect(previousPeriod('2027-01')).toBe('2026-12');
    expect(previousPeriod('2027-03')).toBe('2027-02');
    expect(nextPeriod('2026-12')).toBe('2027-01');
  });

  it('gives the first and last day, leap years included', () => {
    expect(periodStart('2027-04')).toBe('2027-04-01');
    expect(periodEnd('2027-04')).toBe('2027-04-30');
    expect(periodEnd('2027-02')).toBe('2027-02-28');
    expect(periodEnd('2028-02')).toBe('2028-02-29');
    expect(periodEnd('2100-02')).toBe('2100-02-28'); // divisible by 100, not by 400: not leap
    expect(periodEnd('2000-02')).toBe('2000-02-29'); // divisible by 400: leap
    expect(periodEnd('2027-12')).toBe('2027-12-31');
  });

  it('counts days in the period', () => {
    expect([
      daysInPeriod('2027-01'),
      daysInPeriod('2027-02'),
      daysInPeriod('2028-02'),
      daysInPeriod('2027-06'),
    ]).toEqual([31, 28, 29, 30]);
  });

  it('finds the period of a date', () => {
    expect(periodOf('2027-03-31')).toBe('2027-03');
    expect(invalidField(() => periodOf('2027-02-30'))).toBe('date');
  });

  it('rejects a bad period in every helper', () => {
    for (const fn of [previousPeriod, nextPeriod, periodStart, periodEnd, daysInPeriod]) {
      expect(invalidField(() => fn('2027-13'))).toBe('period');
    }
  });
});

describe('fiscal years of periods (April start by default)', () => {
  it('puts January–March in the fiscal year that started the previous April', () => {
    expect(fiscalYearOfPeriod('2027-03')).toBe(2026);
    expect(fiscalYearOfPeriod('2027-04')).toBe(2027);
    expect(fiscalYearOfPeriod('2026-04')).toBe(2026);
  });

  it('honours another start month', () => {
    expect(fiscalYearOfPeriod('2027-03', 1)).toBe(2027);
    expect(fiscalYearOfPeriod('2027-09', 10)).toBe(2026);
  });

  it('lists the twelve periods of FY2026', () => {
    expect(periodsOfFiscalYear(2026)).toEqual([
      '2026-04',
      '2026-05',
      '2026-06',
      '2026-07',
      '2026-08',
      '2026-09',
      '2026-10',
      '2026-11',
      '2026-12',
      '2027-01',
      '2027-02',
      '2027-03',
    ]);
    expect(periodsOfFiscalYear(2027, 1)[0]).toBe('2027-01');
    expect(periodsOfFiscalYear(2027, 1)[11]).toBe('2027-12');
  });

  it('rejects a bad start month', () => {
    expect(invalidField(() => fiscalYearOfPeriod('2027-03', 13))).toBe('startMonth');
  });
});
