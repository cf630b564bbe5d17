import type { DebitFailure, Payment, PaymentHistoryService } from '@tamago/payments';
import { PaymentSource } from './payment.source';

const payment = (over: Partial<Payment>): Payment =>
  ({ id: 'p1', kind: 'payment', amount: 1_000, paidOn: '2026-04-01', method: 'cash', note: null, ...over }) as Payment;

function sourceOf(payments: Payment[], failures: DebitFailure[] = []): PaymentSource {
  const history = {
    paymentsOf: () => Promise.resolve(payments),
    debitFailuresOf: () => Promise.resolve(failures),
  } as unknown as PaymentHistoryService;
  return new PaymentSource(history);
}

describe('PaymentSource', () => {
  const ctx = { timeZone: 'Asia/Tokyo' };

  it('titles a refund by its positive amount and puts the note in a staff-only item', async () => {
    const items = await sourceOf([
      payment({ id: 'r1', kind: 'refund', amount: -12_345, method: 'bank_transfer', note: '手数料込み' }),
    ]).itemsFor('f', 't', ctx);
    expect(items).toEqual([
      {
        at: '2026-03-31T15:00:00.000Z',
        kind: 'refund',
        title: '返金 ¥12,345（銀行振込）',
        titleEn: 'Refund ¥12,345 (bank transfer)',
        staffOnly: false,
        ref: { type: 'payment', id: 'r1' },
      },
      {
        at: '2026-03-31T15:00:00.000Z',
        kind: 'payment_note',
        title: '手数料込み',
        titleEn: '手数料込み',
        staffOnly: true,
        ref: { type: 'payment', id: 'r1' },
      },
    ]);
  });

  it('names the reason of a failed debit, falling back to the label for an unknown one', async () => {
    const failure = (reason: string): DebitFailure => ({
      itemId: 'i',
      batchId: 'b',
      debitDate: '2026-05-27',
      amount: 55_000,
      resultCode: '9',
      reason,
      recordedAt: new Date('2026-05-28T01:00:00Z'),
    });
    const items = await sourceOf([], [failure('no_mandate'), failure('mystery')]).itemsFor('f', 't', ctx);
    expect(items.map((i) => [i.title, i.titleEn])).toEqual([
      ['口座振替不能 ¥55,000（依頼書なし）', 'Direct debit failed ¥55,000 (no mandate)'],
      ['口座振替不能 ¥55,000（mystery）', 'Direct debit failed ¥55,000 (mystery)'],
    ]);
  });
});
