import { DomainError } from '../domain-error';
import { fiscalYearOf, fiscalYearRange } from './fiscal-year';

function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error.details.errors?.[0].field;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('fiscalYearOf', () => {
  it('puts the April boundary between FY2026 and FY2027', () => {
    expect(fiscalYearOf('2026-04-01')).toBe(2026);
    expect(fiscalYearOf('2027-03-31')).toBe(2026);
    expect(fiscalYearOf('2027-04-01')).toBe(2027);
    expect(fiscalYearOf('2027-01-01')).toBe(2026);
  });

  it('follows another start month', () => {
    expect(fiscalYearOf('2027-06-30', 7)).toBe(2026);
    expect(fiscalYearOf('2027-07-01', 7)).toBe(2027);
    expect(fiscalYearOf('2027-12-31', 1)).toBe(2027);
  });

  it('refuses a bad start month or date', () => {
    expect(fieldOf(() => fiscalYearOf('2027-01-01', 13))).toBe('startMonth');
    expect(fieldOf(() => fiscalYearOf('2027-01-01', 0))).toBe('startMonth');
    expect(fieldOf(() => fiscalYearOf('2027/01/01'))).toBe('date');
  });
});

describe('fiscalYearRange', () => {
  it('FY2026 is 2026-04-01..2027-03-31', () => {
    expect(fiscalYearRange(2026)).toEqual({ start: '2026-04-01', end: '2027-03-31' });
  });

  it('a March start ends on the last day of February, leap years included', () => {
    expect(fiscalYearRange(2027, 3)).toEqual({ start: '2027-03-01', end: '2028-02-29' });
    expect(fiscalYearRange(2028, 3)).toEqual({ start: '2028-03-01', end: '2029-02-28' });
  });

  it('a January start is the calendar year', () => {
    expect(fiscalYearRange(2027, 1)).toEqual({ start: '2027-01-01', end: '2027-12-31' });
  });

  it('refuses a fractional year', () => {
    expect(fieldOf(() => fiscalYearRange(2026.5))).toBe('fiscalYear');
  });
});
