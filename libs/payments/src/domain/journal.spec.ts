import { DEFAULT_JOURNAL_ACCOUNTS as ACCOUNTS } from '../debit-settings.service';
import { documentEntries, moneyEntry, splitTax, type JournalDocument } from './journal';
import { genericCsv, yayoiCsv } from './journal-csv';
import iconv from 'iconv-lite';

const doc = (over: Partial<JournalDocument> = {}): JournalDocument => ({
  kind: 'invoice',
  number: 'INV-1',
  issueDate: '2026-04-01',
  period: '2026-04',
  counterparty: 'エー工業',
  voidedOn: null,
  // Three lines of ¥105 at 10%: the invoice's tax is floor(31.5) = 31, split 16/15 between accounts.
  lines: [
    { source: 'rent', taxCategory: 'standard', amount: 105 },
    { source: 'rent', taxCategory: 'standard', amount: 105 },
    { source: 'common_area_fee', taxCategory: 'standard', amount: 105 },
    { source: 'charge', taxCategory: 'out_of_scope', amount: 300_000 },
  ],
  taxSummary: [
    { category: 'standard', rate: 10, taxableAmount: 315, tax: 31, taxable: true },
    { category: 'out_of_scope', rate: 0, taxableAmount: 300_000, tax: 0, taxable: false },
  ],
  ...over,
});

describe('splitTax', () => {
  it('splits in proportion, largest remainder first, adding up exactly', () => {
    expect(splitTax(31, [210, 105])).toEqual([21, 10]);
    expect(splitTax(10, [1, 1, 1])).toEqual([4, 3, 3]);
    expect(splitTax(7, [0, 0])).toEqual([7, 0]);
    expect(splitTax(999_999_999, [9_000_000_000, 1])).toEqual([999_999_999, 0]);
  });
});

describe('documentEntries', () => {
  it('exclusive: revenue net per account and category, tax on its own 仮受消費税 entry', () => {
    const entries = documentEntries(doc(), ACCOUNTS, 'exclusive');
    expect(entries.map((e) => [e.debitAccount, e.creditAccount, e.amount, e.taxCategory, e.taxAmount])).toEqual([
      ['売掛金', '賃貸料収入', 210, 'sales_10', 0],
      ['売掛金', '共益費収入', 105, 'sales_10', 0],
      ['売掛金', '雑収入', 300_000, 'none', 0],
      ['売掛金', '仮受消費税', 31, 'sales_10', 31],
    ]);
    expect(entries.reduce((s, e) => s + e.amount, 0)).toBe(300_346);
  });

  it('inclusive: gross revenue with the split tax; credit notes and voids swap sides', () => {
    const entries = documentEntries(doc(), ACCOUNTS, 'inclusive');
    expect(entries.map((e) => [e.creditAccount, e.amount, e.taxAmount])).toEqual([
      ['賃貸料収入', 231, 21],
      ['共益費収入', 115, 10],
      ['雑収入', 300_000, 0],
    ]);
    const credit = documentEntries(doc({ kind: 'credit_note' }), ACCOUNTS, 'inclusive');
    expect(credit.map((e) => [e.debitAccount, e.creditAccount, e.taxSide])).toEqual([
      ['賃貸料収入', '売掛金', 'debit'],
      ['共益費収入', '売掛金', 'debit'],
      ['雑収入', '売掛金', 'debit'],
    ]);
    const voided = documentEntries(doc({ voidedOn: '2026-04-10' }), ACCOUNTS, 'inclusive');
    expect(voided).toHaveLength(6);
    expect([voided[3].date, voided[3].debitAccount, voided[3].memo]).toEqual([
      '2026-04-10',
      '賃貸料収入',
      '取消 請求 INV-1 2026-04',
    ]);
  });
});

describe('moneyEntry', () => {
  const row = { date: '2026-04-20', paymentId: 'p', method: 'bank_transfer', counterparty: 'エー工業' };
  it('books receipts, credit, fees, refunds and credit use', () => {
    const pick = (e: ReturnType<typeof moneyEntry>) =>
      e && [e.debitAccount, e.creditAccount, e.amount, e.taxCategory, e.taxAmount];
    expect(pick(moneyEntry({ ...row, event: 'payment', kind: 'invoice', amount: 1_000 }, ACCOUNTS))).toEqual([
      '普通預金',
      '売掛金',
      1_000,
      'none',
      0,
    ]);
    expect(
      pick(moneyEntry({ ...row, event: 'payment', kind: 'credit', amount: 500, method: 'cash' }, ACCOUNTS)),
    ).toEqual(['現金', '前受金', 500, 'none', 0]);
    expect(pick(moneyEntry({ ...row, event: 'payment', kind: 'bank_fee', amount: 880 }, ACCOUNTS))).toEqual([
      '支払手数料',
      '売掛金',
      880,
      'purchase_10',
      80,
    ]);
    expect(pick(moneyEntry({ ...row, event: 'refund', kind: 'invoice', amount: -300 }, ACCOUNTS))).toEqual([
      '売掛金',
      '普通預金',
      300,
      'none',
      0,
    ]);
    expect(pick(moneyEntry({ ...row, event: 'credit_use', kind: 'invoice', amount: 200 }, ACCOUNTS))).toEqual([
      '前受金',
      '売掛金',
      200,
      'none',
      0,
    ]);
    expect(moneyEntry({ ...row, event: 'credit_use', kind: 'credit', amount: -200 }, ACCOUNTS)).toBeNull();
  });
});

describe('journal CSV', () => {
  it('弥生: 25 columns, 伝票 flags per document, Shift_JIS with CRLF', () => {
    const entries = documentEntries(doc(), ACCOUNTS, 'inclusive');
    const text = iconv.decode(yayoiCsv(entries), 'Shift_JIS');
    const rows = text.split('\r\n').filter(Boolean);
    expect(rows.map((r) => r.split(',')[0])).toEqual(['2110', '2100', '2101']);
    expect(rows[0]).toBe(
      '2110,,,2026/04/01,売掛金,,,対象外,231,0,賃貸料収入,,,課税売上込10%,231,21,エー工業 請求 INV-1 2026-04,,,0,,INV-1,0,0,no',
    );
    expect(iconv.decode(yayoiCsv(entries.slice(0, 1)), 'Shift_JIS').startsWith('2000,')).toBe(true);
  });

  it('generic: header and one row per entry in UTF-8', () => {
    const text = genericCsv(documentEntries(doc(), ACCOUNTS, 'exclusive').slice(0, 1)).toString('utf8');
    expect(text).toBe(
      'date,debit_account,debit_amount,credit_account,credit_amount,tax_category,tax_amount,counterparty,memo,document_number\n' +
        '2026-04-01,売掛金,210,賃貸料収入,210,sales_10,0,エー工業,請求 INV-1 2026-04,INV-1\n',
    );
  });
});
