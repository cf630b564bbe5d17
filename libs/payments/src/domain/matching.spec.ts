import { type OpenInvoice } from './allocation';
import { type MatchCandidate, matchCredit } from './matching';
import { invalidField } from './test-helpers';

const inv = (id: string, dueDate: string, openAmount: number): OpenInvoice => ({
  id,
  issueDate: '2027-03-01',
  dueDate,
  number: `INV-${id}`,
  openAmount,
});

const KENSHO: MatchCandidate = {
  tenantId: 'kensho',
  kanaName: 'ケンショウセイキ',
  openInvoices: [
    inv('k-apr', '2027-04-30', 55000),
    inv('k-mar', '2027-03-31', 55000),
    inv('k-pow', '2027-04-30', 8800),
  ],
};
const YAMADA: MatchCandidate = {
  tenantId: 'yamada',
  kanaName: 'ヤマダショウジ カブシキガイシャ',
  aliases: ['ヤマダ タロウ'],
  openInvoices: [inv('y-apr', '2027-04-30', 110000)],
};
const CANDIDATES = [KENSHO, YAMADA];

describe('matchCredit', () => {
  it('matches a bank-style name and one open invoice exactly, choosing the oldest of equal amounts', () => {
    expect(matchCredit({ amount: 55000, senderName: 'ｹﾝｼｮｳｾｲｷ(ｶ' }, CANDIDATES)).toEqual({
      status: 'exact',
      tenantId: 'kensho',
      target: 'invoice',
      invoiceIds: ['k-mar'],
      shortBy: 0,
    });
  });

  it('matches the whole open balance exactly', () => {
    // 55,000 + 55,000 + 8,800 = 118,800, oldest first: March, then April rent and power by number (INV-k-apr < INV-k-pow)
    expect(matchCredit({ amount: 118800, senderName: 'ｹﾝｼﾖｳｾｲｷ(ｶ' }, CANDIDATES)).toEqual({
      status: 'exact',
      tenantId: 'kensho',
      target: 'balance',
      invoiceIds: ['k-mar', 'k-apr', 'k-pow'],
      shortBy: 0,
    });
  });

  it('matches a prefix abbreviation against a spelled-out legal form', () => {
    expect(matchCredit({ amount: 110000, senderName: 'ｶ)ﾔﾏﾀﾞｼﾖｳｼﾞ' }, CANDIDATES)).toMatchObject({
      status: 'exact',
      tenantId: 'yamada',
    });
  });

  it('matches an alias', () => {
    expect(matchCredit({ amount: 110000, senderName: 'ﾔﾏﾀﾞ ﾀﾛｳ' }, CANDIDATES)).toMatchObject({
      status: 'exact',
      tenantId: 'yamada',
    });
  });

  it('accepts a transfer fee deducted by the payer within the tolerance', () => {
    // 110,000 − 880 = 109,120: short by 880 ≤ 880
    expect(matchCredit({ amount: 109120, senderName: 'ｶ)ﾔﾏﾀﾞｼﾖｳｼﾞ' }, CANDIDATES, { bankFeeTolerance: 880 })).toEqual({
      status: 'short_by_fee',
      tenantId: 'yamada',
      target: 'invoice',
      invoiceIds: ['y-apr'],
      shortBy: 880,
    });
  });

  it('picks the target with the smallest shortfall', () => {
    // 54,340: short of a 55,000 rent by 660; power 8,800 is below it; balance 118,800 far above → March rent
    expect(matchCredit({ amount: 54340, senderName: 'ｹﾝｼｮｳｾｲｷ' }, CANDIDATES, { bankFeeTolerance: 880 })).toEqual({
      status: 'short_by_fee',
      tenantId: 'kensho',
      target: 'invoice',
      invoiceIds: ['k-mar'],
      shortBy: 660,
    });
    // 118,360: short of the balance by 440
    expect(
      matchCredit({ amount: 118360, senderName: 'ｹﾝｼｮｳｾｲｷ' }, CANDIDATES, { bankFeeTolerance: 880 }),
    ).toMatchObject({
      status: 'short_by_fee',
      target: 'balance',
      shortBy: 440,
    });
  });

  it('does not accept a shortfall beyond the tolerance, or any with the default tolerance 0', () => {
    // short by 881 > 880
    expect(matchCredit({ amount: 109119, senderName: 'ｶ)ﾔﾏﾀﾞｼﾖｳｼﾞ' }, CANDIDATES, { bankFeeTolerance: 880 })).toEqual({
      status: 'unmatched',
      reasons: ['amount_mismatch'],
      tenantIds: ['yamada'],
    });
    expect(matchCredit({ amount: 109120, senderName: 'ｶ)ﾔﾏﾀﾞｼﾖｳｼﾞ' }, CANDIDATES)).toMatchObject({
      status: 'unmatched',
    });
  });

  it('does not auto-apply an overpayment', () => {
    expect(matchCredit({ amount: 110001, senderName: 'ｶ)ﾔﾏﾀﾞｼﾖｳｼﾞ' }, CANDIDATES, { bankFeeTolerance: 880 })).toEqual({
      status: 'unmatched',
      reasons: ['amount_mismatch'],
      tenantIds: ['yamada'],
    });
  });

  it('never auto-applies when two tenants share a folded name', () => {
    const twin: MatchCandidate = {
      tenantId: 'kensho-2',
      kanaName: 'ｹﾝｼｮｳｾｲｷ ﾕｳｹﾞﾝｶﾞｲｼｬ',
      openInvoices: [inv('x', '2027-04-30', 55000)],
    };
    expect(matchCredit({ amount: 55000, senderName: 'ｹﾝｼｮｳｾｲｷ(ｶ' }, [...CANDIDATES, twin])).toEqual({
      status: 'unmatched',
      reasons: ['ambiguous_name'],
      tenantIds: ['kensho', 'kensho-2'],
    });
  });

  it('reports an unknown sender, an empty sender and a tenant with nothing open', () => {
    expect(matchCredit({ amount: 55000, senderName: 'ｻﾄｳ ﾊﾅｺ' }, CANDIDATES)).toEqual({
      status: 'unmatched',
      reasons: ['no_name_match'],
      tenantIds: [],
    });
    expect(matchCredit({ amount: 55000, senderName: '(ｶ' }, CANDIDATES)).toEqual({
      status: 'unmatched',
      reasons: ['empty_sender_name'],
      tenantIds: [],
    });
    const paidUp = { ...YAMADA, openInvoices: [inv('y-old', '2027-03-31', 0)] };
    expect(matchCredit({ amount: 110000, senderName: 'ｶ)ﾔﾏﾀﾞｼﾖｳｼﾞ' }, [paidUp])).toEqual({
      status: 'unmatched',
      reasons: ['no_open_invoices'],
      tenantIds: ['yamada'],
    });
  });

  it('ignores candidate names that fold to nothing', () => {
    const blank: MatchCandidate = { tenantId: 'blank', kanaName: 'カブシキガイシャ', openInvoices: [] };
    expect(matchCredit({ amount: 55000, senderName: 'ｹﾝｼｮｳｾｲｷ' }, [blank, KENSHO])).toMatchObject({
      status: 'exact',
      tenantId: 'kensho',
    });
  });

  it('validates the credit, the tolerance and the candidates', () => {
    expect(invalidField(() => matchCredit({ amount: 0, senderName: 'ｱ' }, CANDIDATES))).toBe('credit.amount');
    expect(invalidField(() => matchCredit({ amount: 1.5, senderName: 'ｱ' }, CANDIDATES))).toBe('credit.amount');
    expect(invalidField(() => matchCredit({ amount: 1, senderName: 3 as never }, CANDIDATES))).toBe(
      'credit.senderName',
    );
    expect(invalidField(() => matchCredit({ amount: 1, senderName: 'ｱ' }, CANDIDATES, { bankFeeTolerance: -1 }))).toBe(
      'bankFeeTolerance',
    );
    expect(invalidField(() => matchCredit({ amount: 1, senderName: 'ｱ' }, [{ tenantId: 'x' } as never]))).toBe(
      'candidates[0]',
    );
    const broken = { ...KENSHO, openInvoices: [inv('k', '2027-04-31', 1)] };
    expect(invalidField(() => matchCredit({ amount: 1, senderName: 'ｹﾝｼｮｳｾｲｷ' }, [YAMADA, broken]))).toBe(
      'candidates[1].openInvoices[0].dueDate',
    );
  });
});
