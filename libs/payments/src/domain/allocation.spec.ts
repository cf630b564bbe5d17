import { allocatePayment, type OpenInvoice, sortOldestFirst } from './allocation';
import { invalidField } from './test-helpers';

const inv = (
  id: string,
  dueDate: string,
  number: string,
  openAmount: number,
  issueDate = '2027-01-01',
): OpenInvoice => ({
  id,
  issueDate,
  dueDate,
  number,
  openAmount,
});

// March and April rent plus a separate electricity invoice due with April's.
const MARCH = inv('m', '2027-03-31', 'INV-2027-000010', 55000);
const APRIL = inv('a', '2027-04-30', 'INV-2027-000020', 55000);
const POWER = inv('p', '2027-04-30', 'INV-2027-000009', 8800);
const OPEN = [APRIL, POWER, MARCH];

describe('allocatePayment', () => {
  it('pays oldest first: due date, then invoice number', () => {
    // 120,000: March 55,000 → 65,000 left; power (INV-…009 before …020) 8,800 → 56,200; April 55,000 → 1,200 remainder
    expect(allocatePayment(120000, OPEN)).toEqual({
      allocations: [
        { invoiceId: 'm', amount: 55000 },
        { invoiceId: 'p', amount: 8800 },
        { invoiceId: 'a', amount: 55000 },
      ],
      remainder: 1200,
    });
  });

  it('leaves the last invoice partly paid when money runs out', () => {
    // 60,000: March 55,000 → 5,000 left → power gets 5,000 of 8,800
    expect(allocatePayment(60000, OPEN)).toEqual({
      allocations: [
        { invoiceId: 'm', amount: 55000 },
        { invoiceId: 'p', amount: 5000 },
      ],
      remainder: 0,
    });
  });

  it('pays only the named invoices, in the order named, and keeps the rest as credit', () => {
    // named April then power: 55,000 + 8,800 = 63,800; 70,000 − 63,800 = 6,200 credit (March is not touched)
    expect(allocatePayment(70000, OPEN, ['a', 'p'])).toEqual({
      allocations: [
        { invoiceId: 'a', amount: 55000 },
        { invoiceId: 'p', amount: 8800 },
      ],
      remainder: 6200,
    });
    // named order wins over age: power first gets 8,800 of 10,000, April the remaining 1,200
    expect(allocatePayment(10000, OPEN, ['p', 'a']).allocations).toEqual([
      { invoiceId: 'p', amount: 8800 },
      { invoiceId: 'a', amount: 1200 },
    ]);
  });

  it('skips invoices with nothing open and handles zero and no invoices', () => {
    expect(allocatePayment(100, [inv('z', '2027-01-31', 'INV-1', 0), MARCH]).allocations).toEqual([
      { invoiceId: 'm', amount: 100 },
    ]);
    expect(allocatePayment(0, OPEN)).toEqual({ allocations: [], remainder: 0 });
    expect(allocatePayment(5000, [])).toEqual({ allocations: [], remainder: 5000 });
    expect(allocatePayment(5000, OPEN, [])).toEqual({ allocations: [], remainder: 5000 });
  });

  it('is exact with large amounts', () => {
    const big = inv('b', '2027-01-31', 'INV-1', 4_503_599_627_370_496); // 2^52
    // 2^53 − 1 − 2^52 = 4,503,599,627,370,495
    expect(allocatePayment(Number.MAX_SAFE_INTEGER, [big]).remainder).toBe(4_503_599_627_370_495);
  });

  it('validates the amount, the invoices and the names', () => {
    expect(invalidField(() => allocatePayment(-1, OPEN))).toBe('amount');
    expect(invalidField(() => allocatePayment(1.5, OPEN))).toBe('amount');
    expect(invalidField(() => allocatePayment(1, [MARCH, { ...APRIL, openAmount: -5 }]))).toBe(
      'openInvoices[1].openAmount',
    );
    expect(invalidField(() => allocatePayment(1, [{ ...MARCH, dueDate: '2027-02-29' }]))).toBe(
      'openInvoices[0].dueDate',
    );
    expect(invalidField(() => allocatePayment(1, [{ ...MARCH, issueDate: '' }]))).toBe('openInvoices[0].issueDate');
    expect(invalidField(() => allocatePayment(1, [MARCH, MARCH]))).toBe('openInvoices[1].id');
    expect(invalidField(() => allocatePayment(1, [{ ...MARCH, id: '' }]))).toBe('openInvoices[0].id');
    expect(invalidField(() => allocatePayment(1, OPEN, ['m', 'x']))).toBe('namedInvoiceIds[1]');
    expect(invalidField(() => allocatePayment(1, OPEN, ['m', 'm']))).toBe('namedInvoiceIds[1]');
  });
});

describe('sortOldestFirst', () => {
  it('orders invoice numbers naturally within a due date', () => {
    const sorted = sortOldestFirst([
      inv('10', '2027-04-30', 'INV-10', 1),
      inv('9', '2027-04-30', 'INV-9', 1),
      inv('old', '2027-03-31', 'INV-99', 1),
    ]);
    expect(sorted.map((i) => i.id)).toEqual(['old', '9', '10']);
  });

  it('breaks remaining ties by issue date, then id', () => {
    const sorted = sortOldestFirst([
      inv('b', '2027-04-30', 'X', 1, '2027-04-02'),
      inv('c', '2027-04-30', 'X', 1, '2027-04-01'),
      inv('a', '2027-04-30', 'X', 1, '2027-04-02'),
    ]);
    expect(sorted.map((i) => i.id)).toEqual(['c', 'a', 'b']);
  });
});
