import iconv from 'iconv-lite';
import { DEFAULT_JOURNAL_ACCOUNTS as ACCOUNTS } from '../debit-settings.service';
import { accountFor, documentEntries, moneyEntry, splitTax, trialBalance, type JournalDocument } from './journal';
import { genericCsv, yayoiCsv } from './journal-csv';

const doc = (over: Partial<JournalDocument> = {}): JournalDocument => ({
  kind: 'invoice',
  number: 'INV-1',
  issueDate: '2026-04-01',
  period: '2026-04',
  counterparty: 'エー工業',
  voidedOn: null,
  // Three lines of ¥105 at 10%: the invoice's tax is floor(31.5) = 31, split 21/10 between accounts.
  lines: [
    { kind: 'rent', taxCategory: 'standard', amount: 105, serviceMonth: '2026-04' },
    { kind: 'rent', taxCategory: 'standard', amount: 105, serviceMonth: '2026-04' },
    { kind: 'common_area_fee', taxCategory: 'standard', amount: 105, serviceMonth: '2026-04' },
    { kind: 'deposit', taxCategory: 'out_of_scope', amount: 300_000, serviceMonth: null },
  ],
  taxSummary: [
    { category: 'standard', rate: 10, taxableAmount: 315, tax: 31, taxable: true },
    { category: 'out_of_scope', rate: 0, taxableAmount: 300_000, tax: 0, taxable: false },
  ],
  ...over,
});
const cols = (es: ReturnType<typeof documentEntries>) =>
  es.map((e) => [e.date, e.debitAccount, e.creditAccount, e.amount, e.taxCategory, e.taxAmount]);
const balanced = (es: ReturnType<typeof documentEntries>) => {
  const tb = trialBalance(es);
  return tb.debit === tb.credit;
};

describe('splitTax', () => {
  it('splits in proportion, largest remainder first, adding up exactly', () => {
    expect(splitTax(31, [210, 105])).toEqual([21, 10]);
    expect(splitTax(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(splitTax(7, [0, 0])).toEqual([7, 0]);
    expect(splitTax(999_999_999, [9_000_000_000, 1])).toEqual([999_999_999, 0]);
  });
});

describe('account map', () => {
  it('posts each charge kind to the account a Japanese accountant expects', () => {
    expect(accountFor('rent', ACCOUNTS)).toBe('賃貸料収入');
    expect(accountFor('common_area_fee', ACCOUNTS)).toBe('共益費収入');
    expect(accountFor('utility', ACCOUNTS)).toBe('水道光熱費収入');
    expect(accountFor('deposit', ACCOUNTS)).toBe('預り保証金');
    expect(accountFor('reimbursement', ACCOUNTS)).toBe('立替金');
    expect(accountFor('other', ACCOUNTS)).toBe('雑収入');
    expect(accountFor('deposit', { ...ACCOUNTS, deposit: '預り敷金' })).toBe('預り敷金');
  });
});

describe('documentEntries', () => {
  it('exclusive: revenue net per account and category, a deposit to 預り保証金 (a liability), tax on 仮受消費税', () => {
    const entries = documentEntries(doc(), ACCOUNTS, 'exclusive');
    expect(cols(entries)).toEqual([
      ['2026-04-01', '売掛金', '賃貸料収入', 210, 'sales_10', 0],
      ['2026-04-01', '売掛金', '共益費収入', 105, 'sales_10', 0],
      ['2026-04-01', '売掛金', '預り保証金', 300_000, 'none', 0],
      ['2026-04-01', '売掛金', '仮受消費税', 31, 'sales_10', 31],
    ]);
    expect(entries.reduce((s, e) => s + e.amount, 0)).toBe(300_346);
    expect(entries.every((e) => e.creditAccount !== '雑収入')).toBe(true);
    expect(entries[0].memo).toBe('請求 INV-1 2026年4月分');
  });

  it('inclusive (弥生): gross revenue with the split tax; credit notes swap sides', () => {
    const entries = documentEntries(doc(), ACCOUNTS, 'inclusive');
    expect(entries.map((e) => [e.creditAccount, e.amount, e.taxAmount])).toEqual([
      ['賃貸料収入', 231, 21],
      ['共益費収入', 115, 10],
      ['預り保証金', 300_000, 0],
    ]);
    const credit = documentEntries(doc({ kind: 'credit_note' }), ACCOUNTS, 'inclusive');
    expect(credit.map((e) => [e.debitAccount, e.creditAccount, e.taxSide])).toEqual([
      ['賃貸料収入', '売掛金', 'debit'],
      ['共益費収入', '売掛金', 'debit'],
      ['預り保証金', '売掛金', 'debit'],
    ]);
    expect(credit[0].memo).toBe('返還 INV-1 2026年4月分');
  });

  it('year-end cut-off: April rent billed in March is 前受金 in March and revenue on 1 April', () => {
    const advance = doc({
      issueDate: '2027-03-15',
      period: '2027-04',
      lines: [
        { kind: 'rent', taxCategory: 'standard', amount: 100_000, serviceMonth: '2027-04' },
        { kind: 'deposit', taxCategory: 'out_of_scope', amount: 300_000, serviceMonth: null },
      ],
      taxSummary: [
        { category: 'standard', rate: 10, taxableAmount: 100_000, tax: 10_000, taxable: true },
        { category: 'out_of_scope', rate: 0, taxableAmount: 300_000, tax: 0, taxable: false },
      ],
    });
    const entries = documentEntries(advance, ACCOUNTS, 'exclusive');
    expect(cols(entries)).toEqual([
      // March (fiscal year closing 31 March): no revenue, the deposit as a liability
      ['2027-03-15', '売掛金', '預り保証金', 300_000, 'none', 0],
      ['2027-03-15', '売掛金', '前受金', 110_000, 'none', 0],
      // April: released into revenue with its tax
      ['2027-04-01', '前受金', '賃貸料収入', 100_000, 'sales_10', 0],
      ['2027-04-01', '前受金', '仮受消費税', 10_000, 'sales_10', 10_000],
    ]);
    expect(entries[1].memo).toBe('請求（前受） INV-1 2027年4月分');
    expect(entries[2].memo).toBe('前受金振替 INV-1 2027年4月分');
    expect(new Set(entries.map((e) => e.slip)).size).toBe(2);
    const march = entries.filter((e) => e.date < '2027-04-01');
    expect(trialBalance(march).rows.find((r) => r.account === '賃貸料収入')).toBeUndefined();
    // The facility may book on issue instead.
    const onIssue = documentEntries(advance, ACCOUNTS, 'exclusive', 'issue_date');
    expect(onIssue.every((e) => e.date === '2027-03-15')).toBe(true);
    expect(onIssue.map((e) => e.creditAccount)).toEqual(['賃貸料収入', '預り保証金', '仮受消費税']);
  });

  it('arrears-billed utilities are revenue when billed (never back-dated)', () => {
    const entries = documentEntries(
      doc({
        lines: [{ kind: 'utility', taxCategory: 'standard', amount: 1_000, serviceMonth: '2026-03' }],
        taxSummary: [{ category: 'standard', rate: 10, taxableAmount: 1_000, tax: 100, taxable: true }],
      }),
      ACCOUNTS,
      'exclusive',
    );
    expect(cols(entries)[0]).toEqual(['2026-04-01', '売掛金', '水道光熱費収入', 1_000, 'sales_10', 0]);
  });

  it('a March invoice voided in April is reversed in April as its own slip; March is untouched', () => {
    const entries = documentEntries(
      doc({ issueDate: '2027-03-01', period: '2027-03', voidedOn: '2027-04-12' }),
      ACCOUNTS,
      'exclusive',
    );
    const march = entries.filter((e) => e.date.startsWith('2027-03'));
    const april = entries.filter((e) => e.date.startsWith('2027-04'));
    expect(march).toHaveLength(4);
    expect(cols(april)).toEqual([
      ['2027-04-12', '賃貸料収入', '売掛金', 210, 'sales_10', 0],
      ['2027-04-12', '共益費収入', '売掛金', 105, 'sales_10', 0],
      ['2027-04-12', '預り保証金', '売掛金', 300_000, 'none', 0],
      ['2027-04-12', '仮受消費税', '売掛金', 31, 'sales_10', 31],
    ]);
    expect(april[0].memo).toBe('取消 請求 INV-1 2027年3月分');
    expect(new Set(april.map((e) => e.slip))).toEqual(new Set(['INV-1:void']));
    expect(balanced(entries)).toBe(true);
  });

  it('an advance invoice voided before its month reverses the 前受金 and is never released', () => {
    const entries = documentEntries(
      doc({
        issueDate: '2027-03-15',
        period: '2027-04',
        voidedOn: '2027-03-20',
        lines: [{ kind: 'rent', taxCategory: 'standard', amount: 100_000, serviceMonth: '2027-04' }],
        taxSummary: [{ category: 'standard', rate: 10, taxableAmount: 100_000, tax: 10_000, taxable: true }],
      }),
      ACCOUNTS,
      'exclusive',
    );
    expect(cols(entries)).toEqual([
      ['2027-03-15', '売掛金', '前受金', 110_000, 'none', 0],
      ['2027-03-20', '前受金', '売掛金', 110_000, 'none', 0],
    ]);
  });

  it('tax-included categories split gross and tax over accounts exactly', () => {
    const entries = documentEntries(
      doc({
        lines: [
          { kind: 'rent', taxCategory: 'standard', amount: 1_000, taxIncluded: true, serviceMonth: null },
          { kind: 'other', taxCategory: 'standard', amount: 100, serviceMonth: null },
        ],
        // 1,000 税込 + 100 税抜 (→ 110) = 1,110; tax floor(100.9) = 100
        taxSummary: [
          {
            category: 'standard',
            rate: 10,
            taxableAmount: 1_010,
            tax: 100,
            taxable: true,
            taxIncluded: true,
            grossAmount: 1_110,
          },
        ],
      }),
      ACCOUNTS,
      'inclusive',
    );
    expect(entries.reduce((s, e) => s + e.amount, 0)).toBe(1_110);
    expect(entries.reduce((s, e) => s + e.taxAmount, 0)).toBe(100);
  });
});

describe('moneyEntry', () => {
  const row = { date: '2026-04-20', paymentId: 'p', method: 'bank_transfer', counterparty: 'エー工業' };
  const pick = (e: ReturnType<typeof moneyEntry>) =>
    e && [e.debitAccount, e.creditAccount, e.amount, e.taxCategory, e.taxAmount, e.memo];
  it('books receipts, credit, fees, refunds and credit use with Japanese 摘要', () => {
    expect(pick(moneyEntry({ ...row, event: 'payment', kind: 'invoice', amount: 1_000 }, ACCOUNTS))).toEqual([
      '普通預金',
      '売掛金',
      1_000,
      'none',
      0,
      '入金 振込',
    ]);
    expect(
      pick(moneyEntry({ ...row, event: 'payment', kind: 'credit', amount: 500, method: 'cash' }, ACCOUNTS)),
    ).toEqual(['現金', '前受金', 500, 'none', 0, '入金（前受） 現金']);
    expect(pick(moneyEntry({ ...row, event: 'payment', kind: 'bank_fee', amount: 880 }, ACCOUNTS))).toEqual([
      '支払手数料',
      '売掛金',
      880,
      'purchase_10',
      80,
      '振込手数料（先方負担分差引）',
    ]);
    expect(pick(moneyEntry({ ...row, event: 'refund', kind: 'invoice', amount: -300 }, ACCOUNTS))).toEqual([
      '売掛金',
      '普通預金',
      300,
      'none',
      0,
      '返金 振込',
    ]);
    expect(
      pick(moneyEntry({ ...row, event: 'payment', kind: 'invoice', amount: 1, method: 'direct_debit' }, ACCOUNTS))?.[5],
    ).toBe('入金 口座振替');
    expect(pick(moneyEntry({ ...row, event: 'credit_use', kind: 'invoice', amount: 200 }, ACCOUNTS))?.[0]).toBe(
      '前受金',
    );
    expect(moneyEntry({ ...row, event: 'credit_use', kind: 'credit', amount: -200 }, ACCOUNTS)).toBeNull();
  });

  it('books a deducted transfer fee as 売上値引 when the facility chooses so', () => {
    expect(
      pick(moneyEntry({ ...row, event: 'payment', kind: 'bank_fee', amount: 440 }, ACCOUNTS, 'sales_discount')),
    ).toEqual(['売上値引', '売掛金', 440, 'sales_return_10', 40, '振込手数料 売上値引（先方負担分差引）']);
  });
});

describe('journal CSV', () => {
  it('弥生: 25 columns, 伝票 flags per slip, Shift_JIS with CRLF', () => {
    const entries = documentEntries(doc({ voidedOn: '2026-04-10' }), ACCOUNTS, 'inclusive');
    const text = iconv.decode(yayoiCsv(entries), 'Shift_JIS');
    const rows = text.split('\r\n').filter(Boolean);
    // The issue and the void are two slips of three lines each, never merged.
    expect(rows.map((r) => r.split(',')[0])).toEqual(['2110', '2100', '2101', '2110', '2100', '2101']);
    expect(rows[0]).toBe(
      '2110,,,2026/04/01,売掛金,,,対象外,231,0,賃貸料収入,,,課税売上込10%,231,21,エー工業 請求 INV-1 2026年4月分,,,0,,INV-1,0,0,no',
    );
    expect(rows[3].split(',')[3]).toBe('2026/04/10');
    expect(iconv.decode(yayoiCsv(entries.slice(0, 1)), 'Shift_JIS').startsWith('2000,')).toBe(true);
  });

  it('generic: header and one row per entry in UTF-8, stating the revenue recognition', () => {
    const text = genericCsv(documentEntries(doc(), ACCOUNTS, 'exclusive').slice(0, 1), 'issue_date').toString('utf8');
    expect(text).toBe(
      'date,debit_account,debit_amount,credit_account,credit_amount,tax_category,tax_amount,counterparty,memo,document_number,revenue_recognition\n' +
        '2026-04-01,売掛金,210,賃貸料収入,210,sales_10,0,エー工業,請求 INV-1 2026年4月分,INV-1,issue_date\n',
    );
  });
});
