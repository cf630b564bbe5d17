import { DomainError, ErrorCode } from '@tamago/core';
import type { InvoiceStatus } from './invoice-types';
import { BillingError } from './errors';

/**
 * Status of an issued invoice from what has been paid and credited: nothing → issued, some →
 * partially_paid, all → paid. Refunds move it back. Pure, so payments and credit notes agree.
 */
export function statusFromBalance(total: number, amountPaid: number, amountCredited: number): InvoiceStatus {
  const settled = amountPaid + amountCredited;
  if (settled >= total) return 'paid';
  return amountPaid > 0 || amountCredited > 0 ? 'partially_paid' : 'issued';
}

/** Checks a change of amountPaid keeps 0 ≤ paid ≤ total − credited; 422 otherwise. */
export function nextAmountPaid(total: number, amountPaid: number, amountCredited: number, delta: number): number {
  if (!Number.isSafeInteger(delta) || delta === 0) {
    throw DomainError.invalid(
      BillingError.AmountNotNonZeroYen,
      'amount',
      'amount must be a non-zero whole number of yen.',
    );
  }
  const next = amountPaid + delta;
  if (next < 0) {
    throw new DomainError(
      ErrorCode.Unprocessable,
      BillingError.RefundExceedsPaid,
      `A refund of ${-delta} yen exceeds the ${amountPaid} yen paid.`,
      { params: { refund: -delta, amountPaid } },
    );
  }
  if (next > total - amountCredited) {
    throw new DomainError(
      ErrorCode.Unprocessable,
      BillingError.PaymentExceedsOpen,
      `A payment of ${delta} yen exceeds the ${total - amountCredited - amountPaid} yen still open.`,
      { params: { payment: delta, open: total - amountCredited - amountPaid } },
    );
  }
  return next;
}
