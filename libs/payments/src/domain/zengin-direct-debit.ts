import { DomainError, type IsoDate, toLocalDate } from '@tamago/core';
import { requireYen, type Yen } from '@tamago/billing';
import {
  type AccountType,
  accountTypeCode,
  encodeRecords,
  numericField,
  type RecordSeparator,
  textField,
} from './zengin-record';
import { PaymentsError } from '../errors';

/**
 * 全銀協 預金口座振替 (direct debit) request file, 種別コード 91: 120-byte records, Shift_JIS,
 * header (1) / data (2) × n / trailer (8) / end (9). Layout, bytes per field:
 * header  1 区分, 2 種別"91", 1 コード区分"0", 10 委託者コード, 40 委託者名, 4 引落日MMDD,
 *         4 取引銀行番号, 15 取引銀行名, 3 取引支店番号, 15 取引支店名, 1 預金種目, 7 口座番号, 17 ダミー
 * data    1 区分, 4 引落銀行番号, 15 引落銀行名, 3 引落支店番号, 15 引落支店名, 4 ダミー, 1 預金種目,
 *         7 口座番号, 30 預金者名, 10 引落金額, 1 新規コード, 20 顧客番号, 1 振替結果コード, 8 ダミー
 * trailer 1 区分, 6 合計件数, 12 合計金額, 6 振替済件数, 12 振替済金額, 6 振替不能件数, 12 振替不能金額, 65 ダミー
 * end     1 区分, 119 ダミー
 */
export const DIRECT_DEBIT_RECORD_LENGTH = 120;

/** The facility (委託者) and the account debits are collected into. */
export interface DirectDebitHeaderInput {
  /** 委託者コード assigned by the bank, up to 10 digits. */
  consignorCode: string;
  /** 委託者名 in kana; converted to Zengin half-width, at most 40 characters. */
  consignorName: string;
  /** 引落日: the debit date; only its month and day are written. */
  debitDate: IsoDate;
  bankCode: string;
  bankName?: string;
  branchCode: string;
  branchName?: string;
  accountType: AccountType;
  accountNumber: string;
}

/** 新規コード: 'first' = first debit under a new mandate (1), 'changed' = changed account (2), else 'other' (0). */
export type DirectDebitNewCode = 'first' | 'changed' | 'other';

/** One debit from a payer's account. */
export interface DirectDebitItemInput {
  bankCode: string;
  bankName?: string;
  branchCode: string;
  branchName?: string;
  accountType: AccountType;
  accountNumber: string;
  /** 預金者名 exactly as the bank holds it, in kana; at most 30 half-width characters. */
  holderName: string;
  amount: Yen;
  newCode?: DirectDebitNewCode;
  /** 顧客番号: our reference for this debit (digits, up to 20), returned in the result file. */
  customerNumber: string;
}

export interface DirectDebitFileOptions {
  /** 'crlf' (default; 122 bytes per line, what most banks' upload screens take) or 'none'. */
  separator?: RecordSeparator;
}

const NEW_CODES: Readonly<Record<DirectDebitNewCode, string>> = { first: '1', changed: '2', other: '0' };
/** 引落金額 is N(10) and 合計金額 N(12). */
const MAX_ITEM_AMOUNT = 9_999_999_999;
const MAX_TOTAL_AMOUNT = 999_999_999_999;
const MAX_ITEMS = 999_999;

/** Builds the Shift_JIS bytes of a direct-debit request file. Throws InvalidInput naming the bad field. */
export function buildDirectDebitFile(
  header: DirectDebitHeaderInput,
  items: readonly DirectDebitItemInput[],
  options: DirectDebitFileOptions = {},
): Buffer {
  if (!Array.isArray(items) || items.length === 0) {
    throw DomainError.invalid(PaymentsError.DebitFileEmpty, 'items', 'A direct-debit file needs at least one debit.');
  }
  if (items.length > MAX_ITEMS)
    throw DomainError.invalid(
      PaymentsError.DebitFileTooLarge,
      'items',
      `A direct-debit file holds at most ${MAX_ITEMS} debits.`,
      { max: MAX_ITEMS },
    );
  const data = items.map((item, i) => dataRecord(item, `items[${i}]`));
  const total = items.reduce((sum, item) => sum + item.amount, 0);
  if (total > MAX_TOTAL_AMOUNT)
    throw DomainError.invalid(PaymentsError.DebitTotalTooLarge, 'items', 'The total of the debits exceeds 12 digits.');
  const records = [
    headerRecord(header),
    ...data,
    trailerRecord(items.length, total),
    '9'.padEnd(DIRECT_DEBIT_RECORD_LENGTH, ' '),
  ];
  return encodeRecords(records, DIRECT_DEBIT_RECORD_LENGTH, options.separator ?? 'crlf');
}

function headerRecord(h: DirectDebitHeaderInput): string {
  const date = toLocalDate(h?.debitDate, 'header.debitDate');
  const mmdd = `${pad2(date.monthValue())}${pad2(date.dayOfMonth())}`;
  return [
    '1',
    '91',
    '0',
    numericField(h.consignorCode, 10, 'header.consignorCode'),
    textField(h.consignorName, 40, 'header.consignorName'),
    mmdd,
    numericField(h.bankCode, 4, 'header.bankCode', true),
    textField(h.bankName, 15, 'header.bankName'),
    numericField(h.branchCode, 3, 'header.branchCode', true),
    textField(h.branchName, 15, 'header.branchName'),
    accountTypeCode(h.accountType, 'header.accountType'),
    numericField(h.accountNumber, 7, 'header.accountNumber'),
    ' '.repeat(17),
  ].join('');
}

function dataRecord(item: DirectDebitItemInput, at: string): string {
  const amount = requireYen(item?.amount, `${at}.amount`, { min: 1, max: MAX_ITEM_AMOUNT });
  const newCode = NEW_CODES[item.newCode ?? 'other'];
  if (!newCode)
    throw DomainError.invalid(
      PaymentsError.NewCodeUnknown,
      `${at}.newCode`,
      "newCode must be 'first', 'changed' or 'other'.",
    );
  if (typeof item.holderName !== 'string' || !item.holderName.trim())
    throw DomainError.invalid(PaymentsError.HolderNameRequired, `${at}.holderName`, 'holderName is required.');
  return [
    '2',
    numericField(item.bankCode, 4, `${at}.bankCode`, true),
    textField(item.bankName, 15, `${at}.bankName`),
    numericField(item.branchCode, 3, `${at}.branchCode`, true),
    textField(item.branchName, 15, `${at}.branchName`),
    ' '.repeat(4),
    accountTypeCode(item.accountType, `${at}.accountType`),
    numericField(item.accountNumber, 7, `${at}.accountNumber`),
    textField(item.holderName, 30, `${at}.holderName`),
    numericField(amount, 10, `${at}.amount`),
    newCode,
    numericField(item.customerNumber, 20, `${at}.customerNumber`),
    // 振替結果コード is the bank's to fill; a request carries 0.
    '0',
    ' '.repeat(8),
  ].join('');
}

function trailerRecord(count: number, total: number): string {
  // In a request nothing has been debited yet: 振替済 and 振替不能 are zero.
  return ['8', numericField(count, 6, 'items'), numericField(total, 12, 'items'), '0'.repeat(36), ' '.repeat(65)].join(
    '',
  );
}

function pad2(n: number): string {
  return String(n).padStart(2, '0');
}
