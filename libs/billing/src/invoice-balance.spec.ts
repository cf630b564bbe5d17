import { nextAmountPaid, statusFromBalance } from './invoice-balance';

describe('invoice balance', () => {
  it('moves issued → partially_paid → paid and back on refunds', () => {
    expect(statusFromBalance(11_000, 0, 0)).toBe('issued');
    expect(statusFromBalance(11_000, 5_000, 0)).toBe('partially_paid');
    expect(statusFromBalance(11_000, 11_000, 0)).toBe('paid');
    expect(statusFromBalance(11_000, 0, 11_000)).toBe('paid');
    expect(statusFromBalance(11_000, 6_000, 5_000)).toBe('paid');
    expect(statusFromBalance(11_000, 0, 1_100)).toBe('partially_paid');
  });

  it('keeps 0 ≤ paid ≤ total − credited', () => {
    expect(nextAmountPaid(11_000, 0, 0, 11_000)).toBe(11_000);
    expect(nextAmountPaid(11_000, 11_000, 0, -1_000)).toBe(10_000);
    expect(() => nextAmountPaid(11_000, 0, 1_100, 10_000)).toThrow(/exceeds the 9900 yen/);
    expect(() => nextAmountPaid(11_000, 500, 0, -600)).toThrow(/refund/);
    expect(() => nextAmountPaid(11_000, 0, 0, 1.5)).toThrow(/whole number/);
  });
});
