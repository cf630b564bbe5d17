import { Injectable } from '@nestjs/common';
import { PaymentHistoryService, type DebitFailure, type Payment, type PaymentMethod } from '@tamago/payments';
import { SourceContext, TimelineItem, TimelineSource } from '../timeline-item';
import { midnightIn } from '../zoned-midnight';
import { yen } from './yen';

const METHOD_JA: Record<PaymentMethod, string> = {
  bank_transfer: '銀行振込',
  direct_debit: '口座振替',
  cash: '現金',
  card: 'カード',
};

// Zengin 振替結果コード reasons, as the bank states them.
const DEBIT_REASON_JA: Record<string, string> = {
  insufficient_funds: '資金不足',
  no_account: '取引なし',
  stopped_by_payer: '預金者の都合による振替停止',
  no_mandate: '依頼書なし',
  stopped_by_consignor: '委託者の都合による振替停止',
  other: 'その他',
};

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
  const title =
    p.kind === 'refund'
      ? `返金 ${yen(-p.amount)}（${METHOD_JA[p.method]}）`
      : `入金 ${yen(p.amount)}（${METHOD_JA[p.method]}）`;
  const items: TimelineItem[] = [{ at, kind: p.kind, title, staffOnly: false, ref }];
  if (p.note) items.push({ at, kind: 'payment_note', title: p.note, staffOnly: true, ref });
  return items;
}

function failureItem(f: DebitFailure, timeZone: string): TimelineItem {
  return {
    at: midnightIn(f.debitDate, timeZone),
    kind: 'debit_failure',
    title: `口座振替不能 ${yen(f.amount)}（${DEBIT_REASON_JA[f.reason] ?? f.reason}）`,
    detail: `引落日 ${f.debitDate}、振替結果コード ${f.resultCode}`,
    staffOnly: false,
    ref: { type: 'debit_batch', id: f.batchId },
  };
}
