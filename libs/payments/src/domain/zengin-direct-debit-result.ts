import { DomainError } from '@tamago/core';
import { type Yen } from '@tamago/billing';
import { type AccountType, accountTypeOf, FieldReader, lineError, splitRecords } from './zengin-record';
import { DIRECT_DEBIT_RECORD_LENGTH } from './zengin-direct-debit';
import { PaymentsError } from '../errors';

/** 振替結果コード, as returned by the bank in each data record. */
export type DirectDebitResultCode = '0' | '1' | '2' | '3' | '4' | '8' | '9';
export type DirectDebitResultLabel =
  | 'debited'
  | 'insufficient_funds'
  | 'no_account'
  | 'stopped_by_payer'
  | 'no_mandate'
  | 'stopped_by_consignor'
  | 'other';

/** 0 振替済, 1 資金不足, 2 取引なし, 3 預金者の都合による振替停止, 4 依頼書なし, 8 委託者の都合による振替停止, 9 その他. */
export const DIRECT_DEBIT_RESULT_LABELS: Readonly<Record<DirectDebitResultCode, DirectDebitResultLabel>> = {
  '0': 'debited',
  '1': 'insufficient_funds',
  '2': 'no_account',
  '3': 'stopped_by_payer',
  '4': 'no_mandate',
  '8': 'stopped_by_consignor',
  '9': 'other',
};

export interface DirectDebitResultHeader {
  consignorCode: string;
  consignorName: string;
  /** 引落日 as written (the file carries no year). */
  debitMonth: number;
  debitDay: number;
  bankCode: string;
  bankName: string;
  branchCode: string;
  branchName: string;
  accountType: AccountType;
  accountNumber: string;
}

export interface DirectDebitResultLine {
  line: number;
  bankCode: string;
  branchCode: string;
  accountType: AccountType;
  accountNumber: string;
  holderName: string;
  amount: Yen;
  customerNumber: string;
  resultCode: DirectDebitResultCode;
  resultLabel: DirectDebitResultLabel;
}

export interface DirectDebitResultTrailer {
  totalCount: number;
  totalAmount: Yen;
  debitedCount: number;
  debitedAmount: Yen;
  failedCount: number;
  failedAmount: Yen;
}

export interface DirectDebitResult {
  header: DirectDebitResultHeader;
  results: DirectDebitResultLine[];
  trailer: DirectDebitResultTrailer;
}

/**
 * Parses the bank's direct-debit result file (same 120-byte layout as the request, 振替結果コード
 * filled in). Any defect — record length, record order, a non-digit in an N field, an unknown
 * result code, trailer counts or amounts that disagree with the data — throws InvalidInput naming
 * the line, so a result file is applied whole or not at all.
 */
export function parseDirectDebitResult(file: Buffer): DirectDebitResult {
  const records = splitRecords(file, DIRECT_DEBIT_RECORD_LENGTH);
  const kinds = records.map((r) => String.fromCharCode(r[0]));
  checkOrder(kinds);
  const header = parseHeader(new FieldReader(records[0], 1));
  const results = records.slice(1, -2).map((r, i) => parseData(new FieldReader(r, i + 2)));
  const trailerLine = records.length - 1;
  const trailer = parseTrailer(new FieldReader(records[trailerLine - 1], trailerLine));
  checkTotals(trailer, results, trailerLine);
  return { header, results, trailer };
}

function checkOrder(kinds: string[]): void {
  if (kinds[0] !== '1')
    throw lineError(PaymentsError.ZenginHeaderExpected, 1, 'must be the header record (データ区分 1).');
  const trailerAt = kinds.indexOf('8');
  const endAt = kinds.indexOf('9');
  if (trailerAt === -1)
    throw DomainError.invalid(PaymentsError.NoTrailerRecord, 'file', 'The file has no trailer record (データ区分 8).');
  if (endAt === -1)
    throw DomainError.invalid(PaymentsError.NoEndRecord, 'file', 'The file has no end record (データ区分 9).');
  for (let i = 1; i < trailerAt; i++) {
    if (kinds[i] !== '2')
      throw lineError(
        PaymentsError.ZenginDataExpected,
        i + 1,
        `must be a data record (データ区分 2), not "${kinds[i]}".`,
        {
          kind: kinds[i],
        },
      );
  }
  if (endAt !== trailerAt + 1)
    throw lineError(
      PaymentsError.ZenginEndExpected,
      trailerAt + 2,
      'must be the end record (データ区分 9) after the trailer.',
    );
  if (endAt !== kinds.length - 1)
    throw lineError(PaymentsError.ZenginAfterEnd, endAt + 2, 'follows the end record; nothing may.');
}

function parseHeader(r: FieldReader): DirectDebitResultHeader {
  r.skip(1);
  if (r.digits(2, '種別コード') !== '91')
    throw lineError(PaymentsError.ZenginNotDirectDebit, 1, 'is not a direct-debit file (種別コード must be 91).');
  r.skip(1); // コード区分: 0 = JIS/Shift_JIS; we read Shift_JIS either way.
  const consignorCode = r.digits(10, '委託者コード');
  const consignorName = r.text(40, '委託者名');
  const debitMonth = r.number(2, '引落日');
  const debitDay = r.number(2, '引落日');
  if (debitMonth < 1 || debitMonth > 12 || debitDay < 1 || debitDay > 31)
    throw lineError(PaymentsError.ZenginDebitDateImpossible, 1, 'has an impossible 引落日.');
  const bankCode = r.digits(4, '取引銀行番号');
  const bankName = r.text(15, '取引銀行名');
  const branchCode = r.digits(3, '取引支店番号');
  const branchName = r.text(15, '取引支店名');
  const accountType = readAccountType(r);
  const accountNumber = r.digits(7, '口座番号');
  return {
    consignorCode,
    consignorName,
    debitMonth,
    debitDay,
    bankCode,
    bankName,
    branchCode,
    branchName,
    accountType,
    accountNumber,
  };
}

function parseData(r: FieldReader): DirectDebitResultLine {
  r.skip(1);
  const bankCode = r.digits(4, '引落銀行番号');
  r.skip(15); // 引落銀行名
  const branchCode = r.digits(3, '引落支店番号');
  r.skip(15 + 4); // 引落支店名, ダミー
  const accountType = readAccountType(r);
  const accountNumber = r.digits(7, '口座番号');
  const holderName = r.text(30, '預金者名');
  const amount = r.number(10, '引落金額');
  r.skip(1); // 新規コード
  const customerNumber = r.digits(20, '顧客番号');
  const resultCode = r.code('振替結果コード');
  if (!Object.hasOwn(DIRECT_DEBIT_RESULT_LABELS, resultCode)) {
    throw lineError(PaymentsError.ZenginResultCodeUnknown, r.line, `has an unknown 振替結果コード "${resultCode}".`, {
      resultCode,
    });
  }
  const code = resultCode as DirectDebitResultCode;
  const base = { line: r.line, bankCode, branchCode, accountType, accountNumber, holderName, amount, customerNumber };
  return { ...base, resultCode: code, resultLabel: DIRECT_DEBIT_RESULT_LABELS[code] };
}

function parseTrailer(r: FieldReader): DirectDebitResultTrailer {
  r.skip(1);
  return {
    totalCount: r.number(6, '合計件数'),
    totalAmount: r.number(12, '合計金額'),
    debitedCount: r.number(6, '振替済件数'),
    debitedAmount: r.number(12, '振替済金額'),
    failedCount: r.number(6, '振替不能件数'),
    failedAmount: r.number(12, '振替不能金額'),
  };
}

function checkTotals(t: DirectDebitResultTrailer, results: DirectDebitResultLine[], line: number): void {
  const debited = results.filter((r) => r.resultCode === '0');
  const failed = results.filter((r) => r.resultCode !== '0');
  const checks: [string, number, number][] = [
    ['合計件数', t.totalCount, results.length],
    ['合計金額', t.totalAmount, sum(results)],
    ['振替済件数', t.debitedCount, debited.length],
    ['振替済金額', t.debitedAmount, sum(debited)],
    ['振替不能件数', t.failedCount, failed.length],
    ['振替不能金額', t.failedAmount, sum(failed)],
  ];
  for (const [name, stated, actual] of checks) {
    if (stated !== actual)
      throw lineError(
        PaymentsError.ZenginTotalMismatch,
        line,
        `says ${name} ${stated}, but the data records add up to ${actual}.`,
        {
          name,
          stated,
          actual,
        },
      );
  }
}

function readAccountType(r: FieldReader): AccountType {
  const code = r.code('預金種目');
  const type = accountTypeOf(code);
  if (!type)
    throw lineError(PaymentsError.ZenginAccountTypeUnknown, r.line, `has an unknown 預金種目 "${code}".`, { code });
  return type;
}

function sum(lines: DirectDebitResultLine[]): number {
  return lines.reduce((total, l) => total + l.amount, 0);
}
