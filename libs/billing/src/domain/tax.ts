import { DomainError } from '@tamago/core';
import { requireYen, sumYen, type Yen } from './money';
import { BillingError } from '../errors';

/**
 * Consumption-tax categories of an invoice line: standard 10%, reduced 8% (軽減税率),
 * exempt 0% (非課税, e.g. residential rent) and out of scope (不課税, e.g. a deposit).
 */
export type TaxCategory = 'standard' | 'reduced' | 'exempt' | 'out_of_scope';
export type TaxRounding = 'floor' | 'round' | 'ceil';

export const TAX_CATEGORIES: readonly TaxCategory[] = ['standard', 'reduced', 'exempt', 'out_of_scope'];
export const TAX_ROUNDINGS: readonly TaxRounding[] = ['floor', 'round', 'ceil'];

/** Rate of each category as an integer percent; tax = amount × percent ÷ 100, in integers. */
export const TAX_RATE_PERCENT: Readonly<Record<TaxCategory, number>> = {
  standard: 10,
  reduced: 8,
  exempt: 0,
  out_of_scope: 0,
};

export interface TaxLine {
  /** Amount in yen as priced (tax-exclusive, or tax-included when taxIncluded); negative for credits. */
  amount: Yen;
  taxCategory: TaxCategory;
  /** True for a tax-included (内税) price. */
  taxIncluded?: boolean;
}

export interface TaxSummaryEntry {
  category: TaxCategory;
  /** Integer percent: 10, 8 or 0. */
  rate: number;
  /** Tax-exclusive total of the category (for exempt/out-of-scope: their total). */
  taxableAmount: Yen;
  tax: Yen;
  /** False for exempt and out-of-scope entries, which the invoice shows apart with no tax. */
  taxable: boolean;
  /**
   * True when the category was computed on the tax-included basis (any 内税 line in it): tax =
   * gross × rate ÷ (100 + rate), rounded once. Absent on tax-exclusive entries.
   */
  taxIncluded?: true;
  /** Tax-included entries: the category's tax-included total (taxableAmount + tax). */
  grossAmount?: Yen;
}

export interface InvoiceTotals {
  subtotal: Yen;
  tax: Yen;
  total: Yen;
}

/**
 * Tax per category of one invoice. Qualified-invoice rule: tax is computed once per invoice and
 * rate, on the category total, and rounded once (3 × ¥105 at 10% = ¥31 with floor, not ¥30).
 * Rounding applies to the absolute value and the sign is put back, so a credit note mirrors the
 * invoice it corrects (−¥315 → −¥31 with floor; "round" is half up away from zero).
 */
export function summarizeTax(lines: readonly TaxLine[], rounding: TaxRounding = 'floor'): TaxSummaryEntry[] {
  if (!TAX_ROUNDINGS.includes(rounding)) {
    throw DomainError.invalid(
      BillingError.RoundingUnknown,
      'rounding',
      `rounding must be one of ${TAX_ROUNDINGS.join(', ')}.`,
      { allowed: TAX_ROUNDINGS.join(', ') },
    );
  }
  if (!Array.isArray(lines))
    throw DomainError.invalid(BillingError.LinesNotList, 'lines', 'lines must be a list of invoice lines.');
  const groups = new Map<TaxCategory, TaxLine[]>();
  lines.forEach((line, i) => {
    if (!TAX_CATEGORIES.includes(line?.taxCategory)) {
      throw DomainError.invalid(
        BillingError.TaxCategoryNotOneOf,
        `lines[${i}].taxCategory`,
        `taxCategory must be one of ${TAX_CATEGORIES.join(', ')}.`,
        { allowed: TAX_CATEGORIES.join(', ') },
      );
    }
    requireYen(line.amount, `lines[${i}].amount`);
    groups.set(line.taxCategory, [...(groups.get(line.taxCategory) ?? []), line]);
  });
  return TAX_CATEGORIES.filter((c) => groups.has(c)).map((category) =>
    categoryTax(category, groups.get(category) ?? [], rounding),
  );
}

/**
 * One category's entry. All tax-exclusive: tax = net × rate ÷ 100. Any tax-included line makes the
 * category tax-included (the National Tax Agency's rule for a document mixing both: unify to one
 * basis, then compute once): each tax-exclusive line is converted to its tax-included value (its
 * amount plus its rounded tax — a conversion of price, not a tax computation), the category's
 * gross is summed and tax = gross × rate ÷ (100 + rate), rounded once. Tax-included prices are
 * therefore charged exactly as fixed (e.g. by ordinance).
 */
export function categoryTax(category: TaxCategory, lines: readonly TaxLine[], rounding: TaxRounding): TaxSummaryEntry {
  const rate = TAX_RATE_PERCENT[category];
  const inclusive = rate > 0 && lines.some((l) => l.taxIncluded === true);
  if (!inclusive) {
    const taxableAmount = sumYen(
      lines.map((l) => l.amount),
      `lines (${category})`,
    );
    return { category, rate, taxableAmount, tax: taxOn(taxableAmount, rate, rounding), taxable: rate > 0 };
  }
  const gross = sumYen(
    lines.map((l) => (l.taxIncluded ? l.amount : sumYen([l.amount, taxOn(l.amount, rate, rounding)], 'gross'))),
    `lines (${category})`,
  );
  const tax = taxIncludedIn(gross, rate, rounding);
  return { category, rate, taxableAmount: gross - tax, tax, taxable: true, taxIncluded: true, grossAmount: gross };
}

/**
 * Tax contained in a tax-included amount: gross × percent ÷ (100 + percent), rounded once on the
 * absolute value (¥1,100 at 10% → ¥100; ¥1,000 at 10% → ¥90 with floor, 90.909…).
 */
export function taxIncludedIn(gross: Yen, percent: number, rounding: TaxRounding): Yen {
  requireYen(gross, 'amount');
  if (!Number.isSafeInteger(percent) || percent < 0 || percent > 100) {
    throw DomainError.invalid(BillingError.TaxRateInvalid, 'rate', 'rate must be an integer percent from 0 to 100.');
  }
  return roundedQuotient(gross, BigInt(percent), BigInt(100 + percent), rounding);
}

/** Subtotal (all tax-exclusive amounts, non-taxable included), tax and total of a summary. */
export function invoiceTotals(summary: readonly TaxSummaryEntry[]): InvoiceTotals {
  const subtotal = sumYen(
    summary.map((e, i) => requireYen(e.taxableAmount, `summary[${i}].taxableAmount`)),
    'subtotal',
  );
  const tax = sumYen(
    summary.map((e, i) => requireYen(e.tax, `summary[${i}].tax`)),
    'tax',
  );
  return { subtotal, tax, total: sumYen([subtotal, tax], 'total') };
}

/**
 * Tax on `amount` at `percent`, rounded once. BigInt keeps amount × percent exact even beyond
 * 2^53; rounding is on the absolute value (see summarizeTax).
 */
export function taxOn(amount: Yen, percent: number, rounding: TaxRounding): Yen {
  requireYen(amount, 'amount');
  if (!Number.isSafeInteger(percent) || percent < 0 || percent > 100) {
    throw DomainError.invalid(BillingError.TaxRateInvalid, 'rate', 'rate must be an integer percent from 0 to 100.');
  }
  return roundedQuotient(amount, BigInt(percent), 100n, rounding);
}

/** amount × numerator ÷ denominator in BigInt, rounded once on the absolute value, sign put back. */
function roundedQuotient(amount: Yen, numerator: bigint, denominator: bigint, rounding: TaxRounding): Yen {
  const sign = amount < 0 ? -1n : 1n;
  const product = BigInt(Math.abs(amount)) * numerator;
  const quotient = product / denominator;
  const remainder = product % denominator;
  let rounded = quotient;
  if (rounding === 'ceil' && remainder > 0n) rounded += 1n;
  if (rounding === 'round' && remainder * 2n >= denominator) rounded += 1n;
  return Number(sign * rounded);
}
