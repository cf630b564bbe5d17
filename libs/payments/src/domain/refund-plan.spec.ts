import { DomainError, ErrorCode } from '@tamago/core';
import { drawCredit, planRefund, splitBankFee } from './refund-plan';

describe('planRefund', () => {
  const holdings = {
    credit: 5_000,
    invoices: [
      { invoiceId: 'apr', amount: 25_000 },
      { invoiceId: 'may', amount: 60_000 },
    ],
  };

  it('takes unused credit first', () => {
    expect(planRefund(3_000, holdings)).toEqual({ credit: 3_000, invoices: [] });
    expect(planRefund(5_000, holdings)).toEqual({ credit: 5_000, invoices: [] });
  });

  it('then reverses invoice allocations from the last applied back', () => {
    expect(planRefund(70_000, holdings)).toEqual({
      credit: 5_000,
      invoices: [
        { invoiceId: 'may', amount: 60_000 },
        { invoiceId: 'apr', amount: 5_000 },
      ],
    });
    expect(planRefund(90_000, holdings).invoices).toEqual([
      { invoiceId: 'may', amount: 60_000 },
      { invoiceId: 'apr', amount: 25_000 },
    ]);
  });

  it('refuses more than the payment holds (422) and non-whole amounts (400)', () => {
    const over = (() => {
      try {
        planRefund(90_001, holdings);
      } catch (e) {
        return e as DomainError;
      }
    })();
    expect(over?.code).toBe(ErrorCode.Unprocessable);
    expect(over?.message).toBe('At most 90000 yen of this payment can be refunded.');
    expect(() => planRefund(0.5, holdings)).toThrow('amount must be a whole number of yen.');
    expect(() => planRefund(0, holdings)).toThrow('amount must be at least 1 yen.');
  });
});

describe('drawCredit', () => {
  it('draws from the oldest source first and stops when covered', () => {
    const sources = [
      { paymentId: 'p1', credit: 1_000 },
      { paymentId: 'p2', credit: 2_000 },
      { paymentId: 'p3', credit: 4_000 },
    ];
    expect(drawCredit(2_500, sources)).toEqual([
      { paymentId: 'p1', credit: 1_000 },
      { paymentId: 'p2', credit: 1_500 },
    ]);
    expect(drawCredit(0, sources)).toEqual([]);
  });
});

describe('splitBankFee', () => {
  it('moves the fee onto the last invoices paid', () => {
    expect(
      splitBankFee(
        [
          { invoiceId: 'a', amount: 55_000 },
          { invoiceId: 'b', amount: 500 },
        ],
        880,
      ),
    ).toEqual([
      { invoiceId: 'a', paid: 54_620, fee: 380 },
      { invoiceId: 'b', paid: 0, fee: 500 },
    ]);
    expect(splitBankFee([{ invoiceId: 'a', amount: 55_000 }], 0)).toEqual([{ invoiceId: 'a', paid: 55_000, fee: 0 }]);
  });
});
