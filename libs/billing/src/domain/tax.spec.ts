import { invoiceTotals, summarizeTax, taxOn, type TaxLine } from './tax';
import { invalidField } from './test-helpers';

const std = (amount: number): TaxLine => ({ amount, taxCategory: 'standard' });
const red = (amount: number): TaxLine => ({ amount, taxCategory: 'reduced' });

describe('summarizeTax', () => {
  it('rounds once on the category total, not per line (qualified-invoice rule)', () => {
    // 105 + 105 + 105 = 315; 315 × 10% = 31.5 → floor 31 (per-line floors would give 10 + 10 + 10 = 30)
    const summary = summarizeTax([std(105), std(105), std(105)], 'floor');
    expect(summary).toEqual([{ category: 'standard', rate: 10, taxableAmount: 315, tax: 31, taxable: true }]);
  });

  it('differs from per-line rounding with ceil too', () => {
    // 101 + 101 = 202; 202 × 10% = 20.2 → ceil 21 (per-line ceils would give 11 + 11 = 22)
    expect(summarizeTax([std(101), std(101)], 'ceil')[0].tax).toBe(21);
  });

  it('differs from per-line rounding with round too', () => {
    // 104 + 104 + 104 = 312; 31.2 → round 31 (per-line rounds: 10.4 → 10, three times = 30)
    expect(summarizeTax([std(104), std(104), std(104)], 'round')[0].tax).toBe(31);
  });

  it.each([
    // 12,345 × 10% = 1,234.5
    ['floor', 1234],
    ['round', 1235],
    ['ceil', 1235],
  ] as const)('applies %s to ¥12,345 at 10%% → %i', (rounding, tax) => {
    expect(summarizeTax([std(12345)], rounding)[0].tax).toBe(tax);
  });

  it.each([
    // 12,344 × 10% = 1,234.4
    ['floor', 1234],
    ['round', 1234],
    ['ceil', 1235],
  ] as const)('applies %s to ¥12,344 at 10%% → %i', (rounding, tax) => {
    expect(summarizeTax([std(12344)], rounding)[0].tax).toBe(tax);
  });

  it('does not round an exact amount up with ceil', () => {
    // 12,340 × 10% = 1,234 exactly
    expect(summarizeTax([std(12340)], 'ceil')[0].tax).toBe(1234);
  });

  it('defaults to floor', () => {
    expect(summarizeTax([std(315)])[0].tax).toBe(31);
  });

  it('keeps 8% and 10% apart, one entry per rate', () => {
    // standard: 55,000 + 3,333 = 58,333 × 10% = 5,833.3 → 5,833
    // reduced: 1,080 + 999 = 2,079 × 8% = 166.32 → 166
    const summary = summarizeTax([std(55000), red(1080), std(3333), red(999)], 'floor');
    expect(summary).toEqual([
      { category: 'standard', rate: 10, taxableAmount: 58333, tax: 5833, taxable: true },
      { category: 'reduced', rate: 8, taxableAmount: 2079, tax: 166, taxable: true },
    ]);
  });

  it('reports exempt and out-of-scope lines apart with no tax', () => {
    // rent 100,000 → 10,000; deposit 300,000 out of scope; exempt 5,000
    const summary = summarizeTax([
      std(100000),
      { amount: 300000, taxCategory: 'out_of_scope' },
      { amount: 5000, taxCategory: 'exempt' },
    ]);
    expect(summary).toEqual([
      { category: 'standard', rate: 10, taxableAmount: 100000, tax: 10000, taxable: true },
      { category: 'exempt', rate: 0, taxableAmount: 5000, tax: 0, taxable: false },
      { category: 'out_of_scope', rate: 0, taxableAmount: 300000, tax: 0, taxable: false },
    ]);
  });

  it('lists categories in a fixed order whatever the line order', () => {
    const summary = summarizeTax([{ amount: 1, taxCategory: 'out_of_scope' }, red(100), std(100)]);
    expect(summary.map((e) => e.category)).toEqual(['standard', 'reduced', 'out_of_scope']);
  });

  it('nets discounts before computing tax', () => {
    // 10,000 − 1,555 = 8,445 × 10% = 844.5 → floor 844
    expect(summarizeTax([std(10000), std(-1555)])[0]).toMatchObject({ taxableAmount: 8445, tax: 844 });
  });

  it('rounds a negative total on its absolute value, so a credit note mirrors the invoice', () => {
    // −315 × 10% = −31.5: floor of |31.5| = 31 → −31; round half up → −32; ceil → −32
    expect(summarizeTax([std(-315)], 'floor')[0].tax).toBe(-31);
    expect(summarizeTax([std(-315)], 'round')[0].tax).toBe(-32);
    expect(summarizeTax([std(-315)], 'ceil')[0].tax).toBe(-32);
    // −312 × 10% = −31.2 → round −31
    expect(summarizeTax([std(-312)], 'round')[0].tax).toBe(-31);
  });

  it('never returns negative zero', () => {
    expect(Object.is(summarizeTax([std(-5)])[0].tax, 0)).toBe(true);
  });

  it('is exact on large amounts', () => {
    // 123,456,789 × 10 = 1,234,567,890; ÷ 100 = 12,345,678 remainder 90 → floor 12,345,678, round 12,345,679
    expect(summarizeTax([std(123456789)], 'floor')[0].tax).toBe(12345678);
    expect(summarizeTax([std(123456789)], 'round')[0].tax).toBe(12345679);
    // 123,456,789 × 8% = 9,876,543.12 → floor 9,876,543, ceil 9,876,544
    expect(summarizeTax([red(123456789)], 'floor')[0].tax).toBe(9876543);
    expect(summarizeTax([red(123456789)], 'ceil')[0].tax).toBe(9876544);
    // (2^53 − 1) × 10 = 90,071,992,547,409,910 is beyond 2^53 and not exact as a double; in BigInt ÷ 100 = 900,719,925,474,099 r 10
    expect(summarizeTax([std(Number.MAX_SAFE_INTEGER)])[0].tax).toBe(900719925474099);
  });

  it('returns an empty summary for no lines', () => {
    expect(summarizeTax([])).toEqual([]);
  });

  it('validates amounts, categories and rounding', () => {
    expect(invalidField(() => summarizeTax([std(1.5)]))).toBe('lines[0].amount');
    expect(invalidField(() => summarizeTax([std(1), std(Number.NaN)]))).toBe('lines[1].amount');
    expect(invalidField(() => summarizeTax([std(1), { amount: 1, taxCategory: 'luxury' as never }]))).toBe(
      'lines[1].taxCategory',
    );
    expect(invalidField(() => summarizeTax([std(1)], 'bankers' as never))).toBe('rounding');
    expect(invalidField(() => summarizeTax([std(Number.MAX_SAFE_INTEGER), std(1)]))).toBe('lines (standard)');
    expect(invalidField(() => summarizeTax(null as never))).toBe('lines');
  });
});

describe('invoiceTotals', () => {
  it('adds subtotal (non-taxable included), tax and total', () => {
    // subtotal 58,333 + 2,079 + 300,000 = 360,412; tax 5,833 + 166 = 5,999; total 366,411
    const summary = summarizeTax([
      std(55000),
      red(1080),
      std(3333),
      red(999),
      { amount: 300000, taxCategory: 'out_of_scope' },
    ]);
    expect(invoiceTotals(summary)).toEqual({ subtotal: 360412, tax: 5999, total: 366411 });
  });

  it('totals the three ¥105 lines to 346', () => {
    // 315 + 31 = 346
    expect(invoiceTotals(summarizeTax([std(105), std(105), std(105)]))).toEqual({ subtotal: 315, tax: 31, total: 346 });
  });

  it('is zero for an empty invoice', () => {
    expect(invoiceTotals([])).toEqual({ subtotal: 0, tax: 0, total: 0 });
  });

  it('rejects non-integer entries and an unsafe total', () => {
    const entry = { category: 'standard' as const, rate: 10, taxableAmount: 100.5, tax: 10, taxable: true };
    expect(invalidField(() => invoiceTotals([entry]))).toBe('summary[0].taxableAmount');
    const huge = { ...entry, taxableAmount: Number.MAX_SAFE_INTEGER, tax: 1 };
    expect(invalidField(() => invoiceTotals([huge]))).toBe('total');
  });
});

describe('taxOn', () => {
  it('rejects a rate that is not an integer percent', () => {
    expect(invalidField(() => taxOn(100, 7.5, 'floor'))).toBe('rate');
    expect(invalidField(() => taxOn(100, 101, 'floor'))).toBe('rate');
  });
});
