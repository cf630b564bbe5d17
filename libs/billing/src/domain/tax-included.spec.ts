import { invoiceTotals, summarizeTax, taxIncludedIn, type TaxLine, type TaxRounding } from './tax';

const incl = (amount: number, taxCategory: TaxLine['taxCategory'] = 'standard'): TaxLine => ({
  amount,
  taxCategory,
  taxIncluded: true,
});
const excl = (amount: number, taxCategory: TaxLine['taxCategory'] = 'standard'): TaxLine => ({ amount, taxCategory });

/** The exact rule, as rationals: round(gross × p ÷ (100 + p)) on the absolute value. */
function expected(gross: number, p: number, rounding: TaxRounding): number {
  const num = Math.abs(gross) * p;
  const den = 100 + p;
  const q = Math.floor(num / den);
  const r = num - q * den;
  const up = rounding === 'ceil' ? r > 0 : rounding === 'round' ? r * 2 >= den : false;
  const v = q + (up ? 1 : 0);
  return gross < 0 ? -v : v;
}

describe('taxIncludedIn (内税: tax = total × rate ÷ (1 + rate))', () => {
  it('takes the tax out of round tax-included prices exactly', () => {
    expect(taxIncludedIn(1100, 10, 'floor')).toBe(100);
    expect(taxIncludedIn(1080, 8, 'floor')).toBe(80);
    expect(taxIncludedIn(110000, 10, 'floor')).toBe(10000);
  });

  it('rounds once by the facility rule', () => {
    // 1,000 × 10 ÷ 110 = 90.909…
    expect(taxIncludedIn(1000, 10, 'floor')).toBe(90);
    expect(taxIncludedIn(1000, 10, 'round')).toBe(91);
    expect(taxIncludedIn(1000, 10, 'ceil')).toBe(91);
    // 1,155 × 10 ÷ 110 = 105 exactly: no rounding either way
    expect(taxIncludedIn(1155, 10, 'ceil')).toBe(105);
    // 5,000 × 8 ÷ 108 = 370.37…
    expect(taxIncludedIn(5000, 8, 'floor')).toBe(370);
    expect(taxIncludedIn(5000, 8, 'round')).toBe(370);
    expect(taxIncludedIn(5000, 8, 'ceil')).toBe(371);
    // 1,331 × 10 ÷ 110 = 121 exactly
    expect(taxIncludedIn(1331, 10, 'round')).toBe(121);
  });

  it('agrees with the exact rational rule for every amount up to ¥30,000, both rates, every rounding', () => {
    for (const rounding of ['floor', 'round', 'ceil'] as const) {
      for (const p of [10, 8]) {
        for (let g = -500; g <= 30000; g++) {
          const t = taxIncludedIn(g, p, rounding);
          if (t !== expected(g, p, rounding)) throw new Error(`${g} at ${p}% ${rounding}: ${t}`);
        }
      }
    }
  });

  it('is exact beyond 2^53 ÷ 10 (BigInt)', () => {
    // 9,007,199,254,740,991 × 10 ÷ 110 = 818,836,295,885,544.6…
    expect(taxIncludedIn(Number.MAX_SAFE_INTEGER, 10, 'floor')).toBe(818836295885544);
    expect(taxIncludedIn(Number.MAX_SAFE_INTEGER, 10, 'round')).toBe(818836295885545);
  });
});

describe('summarizeTax with tax-included lines', () => {
  it('rounds once per invoice and rate, not per line', () => {
    // three ¥105 tax-included lines: 315 × 10 ÷ 110 = 28.6 → 28 (per-line floors would give 27)
    const [e] = summarizeTax([incl(105), incl(105), incl(105)]);
    expect(e).toEqual({
      category: 'standard',
      rate: 10,
      taxableAmount: 287,
      tax: 28,
      taxable: true,
      taxIncluded: true,
      grossAmount: 315,
    });
  });

  it('reaches every tax-included total exactly: the payer is billed the fixed price', () => {
    for (let g = 1; g <= 20000; g++) {
      const summary = summarizeTax([incl(g)]);
      const totals = invoiceTotals(summary);
      if (totals.total !== g || totals.subtotal + totals.tax !== g) throw new Error(`¥${g} billed as ${totals.total}`);
    }
  });

  it('unifies a rate mixing 税込 and 税抜 lines on the tax-included basis', () => {
    // ¥1,000 税抜 → ¥1,100 税込; + ¥1,100 税込 = ¥2,200; tax 2,200 × 10 ÷ 110 = 200
    const [e] = summarizeTax([excl(1000), incl(1100)]);
    expect(e).toMatchObject({ taxableAmount: 2000, tax: 200, grossAmount: 2200, taxIncluded: true });
    // ¥105 税抜 converts with its rounded tax (floor 10.5 → 10): ¥115; + ¥1,000 税込 = ¥1,115 → tax 101
    const [f] = summarizeTax([excl(105), incl(1000)]);
    expect(f).toMatchObject({ grossAmount: 1115, tax: 101, taxableAmount: 1014 });
  });

  it('keeps each rate on its own basis in one invoice', () => {
    const summary = summarizeTax([
      excl(100000),
      incl(1080, 'reduced'),
      { amount: 300000, taxCategory: 'out_of_scope', taxIncluded: true },
    ]);
    expect(summary).toEqual([
      { category: 'standard', rate: 10, taxableAmount: 100000, tax: 10000, taxable: true },
      {
        category: 'reduced',
        rate: 8,
        taxableAmount: 1000,
        tax: 80,
        taxable: true,
        taxIncluded: true,
        grossAmount: 1080,
      },
      { category: 'out_of_scope', rate: 0, taxableAmount: 300000, tax: 0, taxable: false },
    ]);
    expect(invoiceTotals(summary)).toEqual({ subtotal: 401000, tax: 10080, total: 411080 });
  });

  it('ignores the flag where there is no tax (exempt, out of scope)', () => {
    expect(summarizeTax([incl(5000, 'exempt')])[0]).toEqual({
      category: 'exempt',
      rate: 0,
      taxableAmount: 5000,
      tax: 0,
      taxable: false,
    });
  });

  it('mirrors a tax-included credit on its absolute value', () => {
    const [e] = summarizeTax([incl(-1000)], 'floor');
    expect(e).toMatchObject({ tax: -90, taxableAmount: -910, grossAmount: -1000 });
  });

  it('nets tax-included discounts before computing once', () => {
    // 10,000 − 1,555 = 8,445 税込 → 8,445 × 10 ÷ 110 = 767.7 → 767
    expect(summarizeTax([incl(10000), incl(-1555)])[0]).toMatchObject({ grossAmount: 8445, tax: 767 });
  });

  it('net + tax = gross for every tax-included total and rounding', () => {
    for (const rounding of ['floor', 'round', 'ceil'] as const) {
      for (let g = 0; g <= 5000; g++) {
        const [e] = summarizeTax([incl(g, 'reduced')], rounding);
        if (e.taxableAmount + e.tax !== g) throw new Error(`${g}`);
      }
    }
  });
});
