import iconv from 'iconv-lite';
import { writeCsv } from '@tamago/core';
import type { JournalEntry, JournalTaxCategory } from './journal';

/**
 * 弥生会計 仕訳日記帳インポート形式 (25 columns, no header, Shift_JIS, CRLF):
 *  1 識別フラグ (2000 single-line 伝票; 2110 first / 2100 middle / 2101 last line of a multi-line one)
 *  2 伝票No. (blank: 弥生 numbers it)  3 決算 (blank)  4 取引日付 YYYY/MM/DD
 *  5 借方勘定科目  6 借方補助科目  7 借方部門  8 借方税区分  9 借方金額  10 借方税金額
 * 11 貸方勘定科目 12 貸方補助科目 13 貸方部門 14 貸方税区分 15 貸方金額 16 貸方税金額
 * 17 摘要 (counterparty, document number, memo; at most 64 characters)  18 番号  19 期日
 * 20 タイプ (0 = 仕訳)  21 生成元  22 仕訳メモ  23 付箋1 (0)  24 付箋2 (0)  25 調整 (no)
 * Amounts are tax-inclusive with the tax amount beside them (税区分 "課税売上込10%" …).
 */
export function yayoiCsv(entries: readonly JournalEntry[]): Buffer {
  const rows = entries.map((e, i) => {
    // One 伝票 per slip: an invoice's issue, each 前受金 release and its void are separate slips.
    const sameAsPrev = i > 0 && entries[i - 1].slip === e.slip;
    const sameAsNext = i < entries.length - 1 && entries[i + 1].slip === e.slip;
    const flag = !sameAsPrev && !sameAsNext ? '2000' : !sameAsPrev ? '2110' : sameAsNext ? '2100' : '2101';
    const debitTax = e.taxSide === 'debit' ? e.taxCategory : 'none';
    const creditTax = e.taxSide === 'credit' ? e.taxCategory : 'none';
    const memo = `${e.counterparty} ${e.memo}`.slice(0, 64);
    return [
      flag,
      '',
      '',
      e.date.replace(/-/g, '/'),
      e.debitAccount,
      '',
      '',
      YAYOI_TAX[debitTax],
      e.amount,
      e.taxSide === 'debit' ? e.taxAmount : 0,
      e.creditAccount,
      '',
      '',
      YAYOI_TAX[creditTax],
      e.amount,
      e.taxSide === 'credit' ? e.taxAmount : 0,
      memo,
      '',
      '',
      '0',
      '',
      e.documentNumber.slice(0, 64),
      '0',
      '0',
      'no',
    ];
  });
  return iconv.encode(writeCsv(rows), 'Shift_JIS');
}

const YAYOI_TAX: Record<JournalTaxCategory, string> = {
  sales_10: '課税売上込10%',
  sales_8_reduced: '課税売上込8%(軽)',
  sales_exempt: '非課売上',
  sales_return_10: '課税売返込10%',
  purchase_10: '課対仕入込10%',
  none: '対象外',
};

/** Columns of the generic layout, in order (UTF-8, header row, LF). */
export const GENERIC_COLUMNS = [
  'date',
  'debit_account',
  'debit_amount',
  'credit_account',
  'credit_amount',
  'tax_category',
  'tax_amount',
  'counterparty',
  'memo',
  'document_number',
  'revenue_recognition',
] as const;

/**
 * Generic journal CSV: one row per entry, tax-exclusive revenue with 仮受消費税 on rows of its own.
 * tax_category: sales_10, sales_8_reduced, sales_exempt, sales_return_10, purchase_10 or none;
 * tax_amount is the consumption tax the row carries (on 仮受消費税 and fee rows).
 * revenue_recognition states the facility's choice on every row: service_period (advance
 * billing through 前受金) or issue_date (revenue booked on the issue date).
 */
export function genericCsv(
  entries: readonly JournalEntry[],
  recognition: 'service_period' | 'issue_date' = 'service_period',
): Buffer {
  const rows = entries.map((e) => [
    e.date,
    e.debitAccount,
    e.amount,
    e.creditAccount,
    e.amount,
    e.taxCategory,
    e.taxAmount,
    e.counterparty,
    e.memo,
    e.documentNumber,
    recognition,
  ]);
  return Buffer.from(writeCsv([[...GENERIC_COLUMNS], ...rows], { lineEnd: '\n' }), 'utf8');
}
