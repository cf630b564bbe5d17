import { DomainError } from '@tamago/core';
import { isReviewOverdue, nextReviewDate, planVariances, variance } from './improvement-plan';

function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error.details.errors?.[0].field;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('variance', () => {
  it('in yen and basis points of the target', () => {
    // −3 500 000 / 50 000 000 = −7.00 % = −700 bp
    expect(variance(50_000_000, 46_500_000)).toEqual({
      target: 50_000_000,
      actual: 46_500_000,
      varianceYen: -3_500_000,
      varianceBp: -700,
    });
  });

  it('is positive when a planned loss turns out smaller', () => {
    // target −2 000 000, actual −500 000: +1 500 000 / 2 000 000 = +7500 bp
    expect(variance(-2_000_000, -500_000)).toMatchObject({ varianceYen: 1_500_000, varianceBp: 7500 });
  });

  it('rounds toward zero both ways', () => {
    // ±100 000 / 3 000 000 = ±333.33 bp
    expect(variance(3_000_000, 3_100_000).varianceBp).toBe(333);
    expect(variance(3_000_000, 2_900_000).varianceBp).toBe(-333);
  });

  it('has no rate against a zero target, and nothing without an actual', () => {
    expect(variance(0, 100)).toEqual({ target: 0, actual: 100, varianceYen: 100, varianceBp: null });
    expect(variance(1_000, null)).toEqual({ target: 1_000, actual: null, varianceYen: null, varianceBp: null });
  });

  it('refuses fractional yen', () => {
    expect(fieldOf(() => variance(1_000.5, 1))).toBe('target');
    expect(fieldOf(() => variance(1_000, 0.1))).toBe('actual');
  });
});

describe('planVariances', () => {
  const targets = [
    { fiscalYear: 2027, sales: 60_000_000, operatingProfit: 1_000_000, cashFlow: 2_000_000 },
    { fiscalYear: 2026, sales: 50_000_000, operatingProfit: -2_000_000, cashFlow: 3_000_000 },
  ];
  const actuals = [
    { fiscalYear: 2026, sales: 46_500_000, operatingProfit: -500_000, cashFlow: 3_100_000 },
    { fiscalYear: 2030, sales: 1, operatingProfit: 1, cashFlow: 1 },
  ];

  it('compares each plan year in order; years not yet reported have null actuals', () => {
    const rows = planVariances(targets, actuals);
    expect(rows.map((r) => r.fiscalYear)).toEqual([2026, 2027]);
    expect(rows[0].sales.varianceBp).toBe(-700);
    expect(rows[0].operatingProfit.varianceBp).toBe(7500);
    expect(rows[0].cashFlow.varianceYen).toBe(100_000);
    expect(rows[1].sales).toEqual({ target: 60_000_000, actual: null, varianceYen: null, varianceBp: null });
  });

  it('validates', () => {
    expect(fieldOf(() => planVariances([targets[0], targets[0]], []))).toBe('targets[1].fiscalYear');
    expect(fieldOf(() => planVariances(targets, [{ ...actuals[0], sales: -1 }]))).toBe('actuals[0].sales');
  });
});

describe('reviews', () => {
  it('schedules the next review, clamping to month end', () => {
    expect(nextReviewDate('2026-11-30')).toBe('2027-02-28');
    expect(nextReviewDate('2027-11-30')).toBe('2028-02-29');
    expect(nextReviewDate('2027-01-15', 6)).toBe('2027-07-15');
    expect(fieldOf(() => nextReviewDate('2027-01-15', 0))).toBe('intervalMonths');
  });

  it('is overdue only after the due day', () => {
    expect(isReviewOverdue('2027-02-28', '2027-02-28')).toBe(false);
    expect(isReviewOverdue('2027-02-28', '2027-03-01')).toBe(true);
    expect(fieldOf(() => isReviewOverdue('2027-02-30', '2027-03-01'))).toBe('nextReviewOn');
  });
});
