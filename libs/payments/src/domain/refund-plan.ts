import { DomainError, ErrorCode } from '@tamago/core';
import { requireYen, type Yen } from '@tamago/billing';
import { PaymentsError } from '../errors';

/** What a payment still holds: net credit and net amounts per invoice, in the order they were applied. */
export interface PaymentHoldings {
  credit: Yen;
  invoices: { invoiceId: string; amount: Yen }[];
}

/** Negative ledger rows a refund writes. */
export interface RefundPlan {
  credit: Yen;
  invoices: { invoiceId: string; amount: Yen }[];
}

/**
 * Splits a refund of `amount` yen over what a payment holds: unused credit first (money not owed
 * on any invoice), then its invoice allocations from the last applied back, so the oldest debts
 * stay paid longest. Amounts in the plan are positive; 422 when the refund exceeds the holdings.
 */
export function planRefund(amount: Yen, holdings: PaymentHoldings): RefundPlan {
  requireYen(amount, 'amount', { min: 1 });
  const refundable = holdings.credit + holdings.invoices.reduce((s, i) => s + i.amount, 0);
  if (amount > refundable) {
    throw new DomainError(
      ErrorCode.Unprocessable,
      PaymentsError.RefundTooLarge,
      `At most ${refundable} yen of this payment can be refunded.`,
      { params: { refundable }, errors: [{ field: 'amount', message: `at most ${refundable} yen` }] },
    );
  }
  const credit = Math.min(amount, Math.max(holdings.credit, 0));
  let left = amount - credit;
  const invoices: RefundPlan['invoices'] = [];
  for (const held of [...holdings.invoices].reverse()) {
    if (left === 0) break;
    const take = Math.min(left, held.amount);
    if (take > 0) invoices.push({ invoiceId: held.invoiceId, amount: take });
    left -= take;
  }
  return { credit, invoices };
}

/** Credit still held per source payment, oldest first. */
export interface CreditSource {
  paymentId: string;
  credit: Yen;
}

/** Draws `amount` yen of credit from the oldest sources first. */
export function drawCredit(amount: Yen, sources: readonly CreditSource[]): CreditSource[] {
  let left = amount;
  const drawn: CreditSource[] = [];
  for (const source of sources) {
    if (left === 0) break;
    const take = Math.min(left, source.credit);
    if (take > 0) drawn.push({ paymentId: source.paymentId, credit: take });
    left -= take;
  }
  return drawn;
}

/**
 * Moves the bank fee the payer deducted onto the invoices a short payment was allocated to,
 * taking it from the last ones (those the shortfall would otherwise leave open).
 */
export function splitBankFee(
  allocations: readonly { invoiceId: string; amount: Yen }[],
  fee: Yen,
): { invoiceId: string; paid: Yen; fee: Yen }[] {
  let left = fee;
  const out = allocations.map((a) => ({ invoiceId: a.invoiceId, paid: a.amount, fee: 0 }));
  for (let i = out.length - 1; i >= 0 && left > 0; i--) {
    const take = Math.min(left, out[i].paid);
    out[i].paid -= take;
    out[i].fee += take;
    left -= take;
  }
  return out;
}
