import { DomainError } from '@tamago/core';
import { checkMonitoringDates, planNextReview, reviewVariance } from './improvement-plan-rules';

describe('planNextReview', () => {
  it('takes the first planned date on or after the start when nothing was reviewed', () => {
    expect(planNextReview('2026-04-01', ['2026-10-01', '2026-07-01'], null, 3)).toBe('2026-07-01');
    expect(planNextReview('2026-04-01', ['2026-04-01'], null, 3)).toBe('2026-04-01');
  });
  it('takes the first planned date after the last review', () => {
    expect(planNextReview('2026-04-01', ['2026-07-01', '2026-10-01'], '2026-07-05', 3)).toBe('2026-10-01');
  });
  it('falls back to the interval after the last review, clamped to the month end', () => {
    expect(planNextReview('2026-04-01', ['2026-07-01'], '2026-11-30', 3)).toBe('2027-02-28');
    expect(planNextReview('2026-04-01', [], null, 6)).toBe('2026-10-01');
  });
});

describe('reviewVariance', () => {
  const targets = [{ fiscalYear: 2026, sales: 100_000_000, operatingProfit: 5_000_000, cashFlow: -2_000_000 }];
  it('gives yen and basis points per metric', () => {
    const v = reviewVariance(targets, {
      fiscalYear: 2026,
      sales: 92_500_000,
      operatingProfit: 5_500_000,
      cashFlow: -1_000_000,
    });
    expect(v.sales).toEqual({ target: 100_000_000, actual: 92_500_000, varianceYen: -7_500_000, varianceBp: -750 });
    expect(v.operatingProfit).toEqual({ target: 5_000_000, actual: 5_500_000, varianceYen: 500_000, varianceBp: 1000 });
    expect(v.cashFlow).toEqual({ target: -2_000_000, actual: -1_000_000, varianceYen: 1_000_000, varianceBp: 5000 });
  });
  it('refuses a year without targets, naming fiscalYear', () => {
    try {
      reviewVariance(targets, { fiscalYear: 2027, sales: 1, operatingProfit: 1, cashFlow: 1 });
      fail('expected an error');
    } catch (e) {
      expect((e as DomainError).details.errors).toEqual([
        { field: 'fiscalYear', message: 'The plan has no targets for FY2027.' },
      ]);
    }
  });
});

describe('checkMonitoringDates', () => {
  it('sorts and deduplicates', () => {
    expect(checkMonitoringDates('2026-04-01', ['2026-10-01', '2026-07-01', '2026-10-01'])).toEqual([
      '2026-07-01',
      '2026-10-01',
    ]);
  });
  it('refuses a date before the start', () => {
    expect(() => checkMonitoringDates('2026-04-01', ['2026-03-31'])).toThrow('on or after startsOn');
  });
});
