import { DomainError } from '@tamago/core';
import { requireYen, sumYen, type Yen } from './money';

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
  /** Tax-exclusive amount in yen; negative for a discount or a credit line. */
  amount: Yen;
  taxCategory: TaxCategory;
}

export interface TaxSummaryEntry {
  category: TaxCategory;
  /** Integer percent: 10, 8 or 0. */
  rate: number;
  /** Sum of the category's tax-exclusive line amounts (for exempt/out-of-scope: their total). */
  taxableAmount: Yen;
  tax: Yen;
  /** False for exempt and out-of-scope entries, which the invoice shows apart with no tax. */
  taxable: boolean;
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
    throw DomainError.invalid('rounding', `rounding must be one of ${TAX_ROUNDINGS.join(', ')}.`);
  }
  if (!Array.isArray(lines)) throw DomainError.invalid('lines', 'lines must be a list of invoice lines.');
  const totals = new Map<TaxCategory, Yen[]>();
  lines.forEach((line, i) => {
    if (!TAX_CATEGORIES.includes(line?.taxCategory)) {
      throw DomainError.invalid(`lines[${i}].taxCategory`, `taxCategory must be one of ${TAX_CATEGORIES.join(', ')}.`);
    }
    const amount = requireYen(line.amount, `lines[${i}].amount`);
    totals.set(line.taxCategory, [...(totals.get(line.taxCategory) ?? []), amount]);
  });
  return TAX_CATEGORIES.filter((c) => totals.has(c)).map((category) => {
    const taxableAmount = sumYen(totals.get(category) ?? [], `lines (${category})`);
    const rate = TAX_RATE_PERCENT[category];
    return { category, rate, taxableAmount, tax: taxOn(taxableAmount, rate, rounding), taxable: rate > 0 };
  });
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
    throw DomainError.invalid('rate', 'rate must be an integer percent from 0 to 100.');
  }
  const sign = amount < 0 ? -1n : 1n;
  const product = BigInt(Math.abs(amount)) * BigInt(percent);
  const quotient = product / 100n;
  const remainder = product % 100n;
  let rounded = quotient;
  if (rounding === 'ceil' && remainder > 0n) rounded += 1n;
  if (rounding === 'round' && remainder * 2n >= 100n) rounded += 1n;
  return Number(sign * rounded);
}
