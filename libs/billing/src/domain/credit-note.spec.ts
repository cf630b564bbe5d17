import { DomainError } from '@tamago/core';
import { creditNoteTax, creditRoom } from './credit-note';
import { summarizeTax, type TaxRounding, type TaxSummaryEntry } from './tax';

const fieldOf = (fn: () => unknown): string | undefined => {
  try {
    fn();
  } catch (e) {
    return (e as DomainError).details.errors?.[0]?.field;
  }
  return undefined;
};

/** Credits `parts` one note after another; answers every note's summary. */
function creditInParts(
  original: TaxSummaryEntry[],
  category: TaxSummaryEntry['category'],
  parts: number[],
  rounding: TaxRounding = 'floor',
): TaxSummaryEntry[][] {
  const notes: TaxSummaryEntry[][] = [];
  for (const amount of parts) {
    notes.push(
      creditNoteTax(original, notes, [{ taxCategory: category, amount, field: 'lines[0].unitPrice' }], rounding),
    );
  }
  return notes;
}

describe('creditNoteTax', () => {
  const original = summarizeTax([
    { amount: 105, taxCategory: 'standard' },
    { amount: 105, taxCategory: 'standard' },
    { amount: 105, taxCategory: 'standard' },
    { amount: 1000, taxCategory: 'reduced' },
    { amount: 300000, taxCategory: 'out_of_scope' },
  ]);

  it('recomputes tax on what remains, so three partial credits return exactly the tax charged', () => {
    // 315 → tax 31. Credit 105 three times: 31 − floor(21) = 10; 21 − floor(10.5) = 11; 10 − 0 = 10.
    const notes = creditInParts(original, 'standard', [105, 105, 105]);
    expect(notes.map((n) => n[0].tax)).toEqual([-10, -11, -10]);
    expect(notes.reduce((s, n) => s + n[0].tax, 0)).toBe(-31);
    expect(notes.reduce((s, n) => s + n[0].taxableAmount, 0)).toBe(-315);
  });

  it('leaves no ¥1 residue for any split of any original up to ¥3,000, every rounding', () => {
    for (const rounding of ['floor', 'round', 'ceil'] as const) {
      for (let net = 1; net <= 3000; net += 7) {
        const o = summarizeTax([{ amount: net, taxCategory: 'standard' }], rounding);
        const a = Math.floor(net / 3);
        const b = Math.floor(net / 2) - a;
        const parts = [a, b, net - a - b].filter((p) => p > 0);
        const notes = creditInParts(o, 'standard', parts, rounding);
        const credited = notes.reduce((s, n) => s + n[0].tax, 0);
        if (credited !== -o[0].tax) throw new Error(`${net} ${rounding}: ${credited} vs ${o[0].tax}`);
      }
    }
  });

  it('credits a tax-included category on its gross and recomputes its tax the same way', () => {
    const incl = summarizeTax([{ amount: 1000, taxCategory: 'standard', taxIncluded: true }]); // tax 90
    const notes = creditInParts(incl, 'standard', [333, 333, 334]);
    expect(notes.reduce((s, n) => s + n[0].tax, 0)).toBe(-90);
    expect(notes.reduce((s, n) => s + (n[0].grossAmount ?? 0), 0)).toBe(-1000);
    expect(notes[0][0]).toMatchObject({ taxIncluded: true, grossAmount: -333 });
  });

  it('limits each category to what the original charged in it, less earlier credits', () => {
    const first = creditNoteTax(
      original,
      [],
      [{ taxCategory: 'reduced', amount: 600, field: 'lines[0].unitPrice' }],
      'floor',
    );
    expect(first).toEqual([{ category: 'reduced', rate: 8, taxableAmount: -600, tax: -48, taxable: true }]);
    // 400 left at 8%: 401 is refused, naming the line's field
    expect(
      fieldOf(() =>
        creditNoteTax(
          original,
          [first],
          [{ taxCategory: 'reduced', amount: 401, field: 'lines[0].unitPrice' }],
          'floor',
        ),
      ),
    ).toBe('lines[0].unitPrice');
    // two lines of one category count together
    expect(
      fieldOf(() =>
        creditNoteTax(
          original,
          [first],
          [
            { taxCategory: 'reduced', amount: 200, field: 'lines[0].unitPrice' },
            { taxCategory: 'reduced', amount: 201, field: 'lines[1].unitPrice' },
          ],
          'floor',
        ),
      ),
    ).toBe('lines[1].unitPrice');
    expect(creditRoom(original, [first]).find((r) => r.category === 'reduced')).toEqual({
      category: 'reduced',
      taxIncluded: false,
      amount: 400,
      tax: 32,
    });
  });

  it('refuses a category the original never charged: no refund of tax never charged', () => {
    const only10 = summarizeTax([{ amount: 10000, taxCategory: 'standard' }]);
    expect(
      fieldOf(() =>
        creditNoteTax(only10, [], [{ taxCategory: 'reduced', amount: 100, field: 'lines[0].unitPrice' }], 'floor'),
      ),
    ).toBe('lines[0].taxCategory');
    // nor can an out-of-scope deposit be returned as a taxable credit
    expect(
      fieldOf(() =>
        creditNoteTax(original, [], [{ taxCategory: 'standard', amount: 316, field: 'lines[0].unitPrice' }], 'floor'),
      ),
    ).toBe('lines[0].unitPrice');
  });

  it('returns a deposit without tax, up to the deposit', () => {
    const [note] = [
      creditNoteTax(original, [], [{ taxCategory: 'out_of_scope', amount: 300000, field: 'amount' }], 'floor'),
    ];
    expect(note).toEqual([{ category: 'out_of_scope', rate: 0, taxableAmount: -300000, tax: 0, taxable: false }]);
  });

  it('refuses zero and fractional amounts', () => {
    expect(
      fieldOf(() => creditNoteTax(original, [], [{ taxCategory: 'standard', amount: 0, field: 'amount' }], 'floor')),
    ).toBe('amount');
    expect(
      fieldOf(() => creditNoteTax(original, [], [{ taxCategory: 'standard', amount: 1.5, field: 'amount' }], 'floor')),
    ).toBe('amount');
  });
});
