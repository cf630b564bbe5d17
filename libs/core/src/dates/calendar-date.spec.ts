import { DomainError, ErrorCode } from '../domain-error';
import {
  addDays,
  addMonths,
  addYears,
  compareDates,
  daysBetween,
  endOfMonthsPeriod,
  isDateWithin,
  maxDate,
  minDate,
  parseIsoDate,
  wholeMonthsBetween,
} from './calendar-date';

/** Runs `fn` and returns the DomainError it throws (fails the test if it does not throw one). */
function caught(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('parseIsoDate', () => {
  it('accepts a real zero-padded date', () => {
    expect(parseIsoDate('2028-02-29', 'startDate')).toBe('2028-02-29');
  });

  it.each([
    ['2027-02-30'],
    ['2027-02-29'],
    ['2027-13-01'],
    ['2027-2-3'],
    [''],
    ['2027-02-03T00:00:00Z'],
    [' 2027-02-03'],
  ])('refuses %j naming the field', (value) => {
    const error = caught(() => parseIsoDate(value, 'startDate'));
    expect(error.code).toBe(ErrorCode.InvalidInput);
    expect(error.details.errors).toEqual([{ field: 'startDate', message: expect.stringContaining('startDate') }]);
  });

  it.each([[null], [undefined], [20270203], [new Date('2027-02-03')]])('refuses the non-string %p', (value) => {
    expect(caught(() => parseIsoDate(value, 'dueOn')).details.errors?.[0].field).toBe('dueOn');
  });
});

describe('addDays', () => {
  it('crosses a month end: 2027-01-31 + 30 days = 2027-03-02 (Feb 2027 has 28 days)', () => {
    expect(addDays('2027-01-31', 30)).toBe('2027-03-02');
  });

  it('crosses a leap day: 2028-02-28 + 1 = 2028-02-29, + 2 = 2028-03-01', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2028-02-28', 2)).toBe('2028-03-01');
  });

  it('goes backwards with a negative count', () => {
    expect(addDays('2027-03-01', -1)).toBe('2027-02-28');
  });

  it.each([[1.5], [Number.NaN], ['1']])('refuses a non-integer count %p', (days) => {
    expect(caught(() => addDays('2027-01-01', days as number)).details.errors?.[0].field).toBe('days');
  });

  it('refuses an invalid date', () => {
    expect(caught(() => addDays('2027-02-30', 1)).details.errors?.[0].field).toBe('date');
  });
});

describe('addMonths', () => {
  it('keeps the day of the month when it exists', () => {
    expect(addMonths('2027-01-15', 1)).toBe('2027-02-15');
  });

  it('clamps to the last day of a shorter month', () => {
    expect(addMonths('2027-01-31', 1)).toBe('2027-02-28');
    expect(addMonths('2028-01-31', 1)).toBe('2028-02-29');
    expect(addMonths('2027-03-31', 1)).toBe('2027-04-30');
  });

  it('crosses years both ways', () => {
    expect(addMonths('2026-11-30', 3)).toBe('2027-02-28');
    expect(addMonths('2027-03-31', -13)).toBe('2026-02-28');
  });

  it('refuses a fractional count', () => {
    expect(caught(() => addMonths('2027-01-01', 0.5)).details.errors?.[0].field).toBe('months');
  });
});

describe('addYears', () => {
  it('moves 29 February to 28 February in a common year', () => {
    expect(addYears('2028-02-29', 1)).toBe('2029-02-28');
    expect(addYears('2028-02-29', 4)).toBe('2032-02-29');
  });
});

describe('daysBetween', () => {
  it('is positive forwards and negative backwards', () => {
    expect(daysBetween('2027-01-31', '2027-03-02')).toBe(30);
    expect(daysBetween('2027-03-02', '2027-01-31')).toBe(-30);
    expect(daysBetween('2027-05-05', '2027-05-05')).toBe(0);
  });

  it('counts 366 days over a leap year (2028-01-01 → 2029-01-01)', () => {
    expect(daysBetween('2028-01-01', '2029-01-01')).toBe(366);
  });

  it('names the bad end', () => {
    expect(caught(() => daysBetween('2027-01-01', '2027-1-2')).details.errors?.[0].field).toBe('to');
  });
});

describe('endOfMonthsPeriod (Civil Code art. 143)', () => {
  it.each([
    // the day before the corresponding day of the last month
    ['2022-04-01', 60, '2027-03-31'],
    ['2026-04-15', 12, '2027-04-14'],
    ['2027-01-28', 1, '2027-02-27'],
    // no corresponding day in February: the period ends on February's last day
    ['2027-01-31', 1, '2027-02-28'],
    ['2027-01-29', 1, '2027-02-28'],
    ['2028-01-30', 1, '2028-02-29'],
    ['2028-01-29', 1, '2028-02-28'],
    // a period that starts on 29 February ends on the 28th a year later
    ['2028-02-29', 12, '2029-02-28'],
    ['2027-03-31', 1, '2027-04-30'],
  ])('%s + %i months ends %s', (start, months, end) => {
    expect(endOfMonthsPeriod(start, months)).toBe(end);
  });

  it('agrees with wholeMonthsBetween: the end is the last day before the count completes', () => {
    for (const start of ['2027-01-31', '2027-01-28', '2028-02-29', '2026-04-01']) {
      const end = endOfMonthsPeriod(start, 1);
      expect(wholeMonthsBetween(start, end)).toBe(0);
      expect(wholeMonthsBetween(start, addDays(end, 1))).toBe(1);
    }
  });

  it('refuses zero months', () => {
    expect(caught(() => endOfMonthsPeriod('2027-01-01', 0)).details.errors?.[0].field).toBe('months');
  });
});

describe('wholeMonthsBetween', () => {
  it('counts only completed months', () => {
    expect(wholeMonthsBetween('2026-04-01', '2027-03-31')).toBe(11);
    expect(wholeMonthsBetween('2026-04-01', '2027-04-01')).toBe(12);
    expect(wholeMonthsBetween('2027-04-01', '2026-04-01')).toBe(-12);
  });
});

describe('compareDates, minDate, maxDate, isDateWithin', () => {
  it('compares', () => {
    expect(compareDates('2027-03-31', '2027-04-01')).toBe(-1);
    expect(compareDates('2027-04-01', '2027-04-01')).toBe(0);
    expect(compareDates('2027-04-02', '2027-04-01')).toBe(1);
  });

  it('picks the earliest and latest', () => {
    expect(minDate('2027-05-01', '2026-12-31', '2027-01-01')).toBe('2026-12-31');
    expect(maxDate('2027-05-01', '2026-12-31', '2027-01-01')).toBe('2027-05-01');
    expect(minDate('2027-05-01')).toBe('2027-05-01');
  });

  it('refuses an empty list and names a bad element', () => {
    expect(caught(() => minDate()).details.errors?.[0].field).toBe('dates');
    expect(caught(() => maxDate('2027-01-01', '2027-02-30')).details.errors?.[0].field).toBe('dates[1]');
  });

  it('includes both ends of a range', () => {
    const range = { start: '2026-04-01', end: '2027-03-31' };
    expect(isDateWithin('2026-04-01', range)).toBe(true);
    expect(isDateWithin('2027-03-31', range)).toBe(true);
    expect(isDateWithin('2026-03-31', range)).toBe(false);
    expect(isDateWithin('2027-04-01', range)).toBe(false);
  });
});
