import { Injectable } from '@nestjs/common';
import { PaymentHistoryService, type DebitFailure, type Payment } from '@tamago/payments';
import { SourceContext, TimelineItem, TimelineSource } from '../timeline-item';
import { midnightIn } from '../zoned-midnight';
import { debitReason, paymentMethod } from './labels';
import { yen } from './yen';

/**
 * Payments received, refunds and failed direct debits (visible to the tenant); the note staff typed
 * on a payment is internal, so it is a separate staff-only item.
 */
@Injectable()
export class PaymentSource implements TimelineSource {
  readonly kinds = ['payment', 'refund', 'payment_note', 'debit_failure'];

  constructor(private readonly history: PaymentHistoryService) {}

  async itemsFor(facilityId: string, tenantId: string, ctx: SourceContext): Promise<TimelineItem[]> {
    const [payments, failures] = await Promise.all([
      this.history.paymentsOf(facilityId, tenantId),
      this.history.debitFailuresOf(facilityId, tenantId),
    ]);
    return [
      ...payments.flatMap((p) => paymentItems(p, ctx.timeZone)),
      ...failures.map((f) => failureItem(f, ctx.timeZone)),
    ];
  }
}

function paymentItems(p: Payment, timeZone: string): TimelineItem[] {
  const at = midnightIn(p.paidOn, timeZone);
  const ref = { type: 'payment', id: p.id };
  const method = paymentMethod(p.method);
  const refund = p.kind === 'refund';
  const amount = yen(refund ? -p.amount : p.amount);
  const title = `${refund ? '返金' : '入金'} ${amount}（${method.ja}）`;
  const titleEn = `${refund ? 'Refund' : 'Payment'} ${amount} (${method.en})`;
  const items: TimelineItem[] = [{ at, kind: p.kind, title, titleEn, staffOnly: false, ref }];
  // The note is what staff typed: shown as written in both languages.
  if (p.note) items.push({ at, kind: 'payment_note', title: p.note, titleEn: p.note, staffOnly: true, ref });
  return items;
}

function failureItem(f: DebitFailure, timeZone: string): TimelineItem {
  return {
    at: midnightIn(f.debitDate, timeZone),
    kind: 'debit_failure',
    title: `口座振替不能 ${yen(f.amount)}（${debitReason(f.reason).ja}）`,
    titleEn: `Direct debit failed ${yen(f.amount)} (${debitReason(f.reason).en})`,
    detail: `引落日 ${f.debitDate}、振替結果コード ${f.resultCode}`,
    staffOnly: false,
    ref: { type: 'debit_batch', id: f.batchId },
  };
}
