import { DomainError, ErrorCode, type ReasonParams } from '@tamago/core';
import { requireYen, type Yen } from './money';
import { taxIncludedIn, taxOn, type TaxCategory, type TaxRounding, type TaxSummaryEntry } from './tax';
import { BillingError } from '../errors';

/** One amount to credit, positive, on the basis of the original's category (税込 when it was). */
export interface CreditRequest {
  taxCategory: TaxCategory;
  amount: Yen;
  /** Field named in errors, e.g. 'lines[0].unitPrice'. */
  field: string;
}

/** What is left to credit in one category of an original invoice. */
export interface CreditRoom {
  category: TaxCategory;
  taxIncluded: boolean;
  /** The category's amount on its basis (net, or gross when tax-included), less earlier credits. */
  amount: Yen;
  /** The category's tax less the tax of earlier credits. */
  tax: Yen;
}

/** The base a category is credited on: its gross when it was computed tax-included, else its net. */
function baseOf(e: TaxSummaryEntry): Yen {
  return e.taxIncluded ? (e.grossAmount ?? e.taxableAmount + e.tax) : e.taxableAmount;
}

/** Room left per category of `original` after the earlier credit notes' summaries. */
export function creditRoom(original: readonly TaxSummaryEntry[], earlier: readonly TaxSummaryEntry[][]): CreditRoom[] {
  return original.map((o) => {
    const prior = earlier.flat().filter((e) => e.category === o.category);
    return {
      category: o.category,
      taxIncluded: o.taxIncluded === true,
      amount: baseOf(o) - prior.reduce((s, e) => s + Math.abs(baseOf(e)), 0),
      tax: o.tax - prior.reduce((s, e) => s + Math.abs(e.tax), 0),
    };
  });
}

/**
 * The tax summary (negative) of a credit note against an original invoice. Each category may be
 * credited at most what the original charged in it less earlier credits (422 naming the field
 * otherwise). The tax credited is the difference between the tax still standing and the tax of
 * what remains after this credit, each rounded once by the original's rule — so a series of
 * partial credits that returns the whole category returns exactly its tax, with no ¥1 residue.
 */
export function creditNoteTax(
  original: readonly TaxSummaryEntry[],
  earlier: readonly TaxSummaryEntry[][],
  requests: readonly CreditRequest[],
  rounding: TaxRounding,
): TaxSummaryEntry[] {
  const rooms = creditRoom(original, earlier);
  const asked = new Map<TaxCategory, Yen>();
  for (const r of requests) {
    requireYen(r.amount, r.field, { min: 1 });
    const room = rooms.find((x) => x.category === r.taxCategory);
    if (!room) {
      throw invalid(
        BillingError.CreditCategoryNotOnInvoice,
        r.field.replace(/\.\w+$/, '.taxCategory'),
        `The original invoice has no ${r.taxCategory} lines.`,
        { taxCategory: r.taxCategory },
      );
    }
    const total = (asked.get(r.taxCategory) ?? 0) + r.amount;
    if (total > room.amount) {
      throw invalid(
        BillingError.CreditExceedsCategoryRoom,
        r.field,
        `The credit exceeds the ${room.amount} yen of ${r.taxCategory} not yet credited on the original invoice.`,
        { taxCategory: r.taxCategory, room: room.amount },
      );
    }
    asked.set(r.taxCategory, total);
  }
  return original
    .filter((o) => asked.has(o.category))
    .map((o) => {
      const room = rooms.find((x) => x.category === o.category)!;
      const credit = asked.get(o.category)!;
      const left = room.amount - credit;
      const taxLeft = !o.taxable
        ? 0
        : room.taxIncluded
          ? taxIncludedIn(left, o.rate, rounding)
          : taxOn(left, o.rate, rounding);
      const tax = o.taxable ? room.tax - taxLeft : 0;
      if (room.taxIncluded) {
        return {
          category: o.category,
          rate: o.rate,
          taxableAmount: -(credit - tax),
          tax: neg(tax),
          taxable: o.taxable,
          taxIncluded: true as const,
          grossAmount: -credit,
        };
      }
      return { category: o.category, rate: o.rate, taxableAmount: -credit, tax: neg(tax), taxable: o.taxable };
    });
}

function neg(n: number): number {
  return n === 0 ? 0 : -n;
}

function invalid(reason: string, field: string, message: string, params: ReasonParams): DomainError {
  return new DomainError(ErrorCode.Unprocessable, reason, message, {
    params,
    errors: [{ field, message, reason, reasonParams: params }],
  });
}
