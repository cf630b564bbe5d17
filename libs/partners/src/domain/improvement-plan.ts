import { addMonths, DomainError, parseIsoDate, requireArray, requireInteger, type IsoDate } from '@tamago/core';
import { PartnersError } from '../errors';

/** Figures of a management-improvement plan (経営改善計画) for one fiscal year, in integer yen. */
export interface YearFigures {
  fiscalYear: number;
  sales: number;
  operatingProfit: number;
  cashFlow: number;
}

/** Actual minus target, in yen and in basis points of the target. */
export interface Variance {
  target: number;
  actual: number | null;
  varianceYen: number | null;
  varianceBp: number | null;
}

/** The variances of one plan year; actual figures are null until reported. */
export interface YearVariance {
  fiscalYear: number;
  sales: Variance;
  operatingProfit: Variance;
  cashFlow: Variance;
}

const METRICS = ['sales', 'operatingProfit', 'cashFlow'] as const;
const LIMIT = 10 ** 15; // ¥1,000 trillion: beyond any SME's figures, and products stay exact in BigInt anyway

/**
 * actual − target in yen, and in basis points of |target| (so a positive variance is always
 * better than planned, also for a planned loss), rounded toward zero; null bp when the target is 0.
 */
export function variance(target: number, actual: number | null): Variance {
  const t = requireInteger(target, 'target', -LIMIT, LIMIT);
  if (actual === null) return { target: t, actual: null, varianceYen: null, varianceBp: null };
  const a = requireInteger(actual, 'actual', -LIMIT, LIMIT);
  const diff = a - t;
  const bp = t === 0 ? null : Number((BigInt(diff) * 10_000n) / BigInt(Math.abs(t)));
  return { target: t, actual: a, varianceYen: diff, varianceBp: bp };
}

/** Variance per plan year and metric; sales cannot be negative; actuals for years without targets are ignored. */
export function planVariances(targets: YearFigures[], actuals: YearFigures[]): YearVariance[] {
  const plan = parseYears(targets, 'targets');
  const reported = new Map(parseYears(actuals, 'actuals').map((year) => [year.fiscalYear, year]));
  return plan
    .sort((a, b) => a.fiscalYear - b.fiscalYear)
    .map((year) => {
      const actual = reported.get(year.fiscalYear) ?? null;
      const row = { fiscalYear: year.fiscalYear } as YearVariance;
      for (const metric of METRICS) row[metric] = variance(year[metric], actual === null ? null : actual[metric]);
      return row;
    });
}

/**
 * The next monitoring date: `intervalMonths` after the last review (quarterly by default), on the
 * same day of the month or the month's last day when it is shorter (11-30 + 3 months → 02-28).
 */
export function nextReviewDate(lastReviewOn: IsoDate, intervalMonths = 3): IsoDate {
  const last = parseIsoDate(lastReviewOn, 'lastReviewOn');
  return addMonths(last, requireInteger(intervalMonths, 'intervalMonths', 1, 60));
}

/** True once the review date has passed without a review (the due day itself is not overdue). */
export function isReviewOverdue(nextReviewOn: IsoDate, asOf: IsoDate): boolean {
  return parseIsoDate(asOf, 'asOf') > parseIsoDate(nextReviewOn, 'nextReviewOn');
}

function parseYears(years: YearFigures[], field: string): YearFigures[] {
  const seen = new Set<number>();
  return requireArray<YearFigures>(years, field).map((year, i) => {
    const fiscalYear = requireInteger(year?.fiscalYear, `${field}[${i}].fiscalYear`, 1000, 9999);
    if (seen.has(fiscalYear))
      throw DomainError.invalid(
        PartnersError.FiscalYearListedTwice,
        `${field}[${i}].fiscalYear`,
        `FY${fiscalYear} is listed twice.`,
        { fiscalYear },
      );
    seen.add(fiscalYear);
    return {
      fiscalYear,
      sales: requireInteger(year.sales, `${field}[${i}].sales`, 0, LIMIT),
      operatingProfit: requireInteger(year.operatingProfit, `${field}[${i}].operatingProfit`, -LIMIT, LIMIT),
      cashFlow: requireInteger(year.cashFlow, `${field}[${i}].cashFlow`, -LIMIT, LIMIT),
    };
  });
}
