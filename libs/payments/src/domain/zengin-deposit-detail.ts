import { DomainError, type IsoDate } from '@tamago/core';
import { type Yen } from '@tamago/billing';
import { FieldReader, lineError, splitRecords, type ZenginDateEra } from './zengin-record';
import { PaymentsError } from '../errors';

/**
 * 全銀協 振込入金通知 (種別コード 01) and 入出金取引明細 (種別コード 03): 200-byte Shift_JIS
 * records, one or more account groups of header (1) / data (2) × n / trailer (8), then one end
 * record (9). Layouts, bytes per field:
 * 01 header  1,2,1, 作成日6, 勘定日(自)6, (至)6, 銀行4, 銀行名15, 支店3, 支店名15, 預金種目1, 口座番号7, 口座名40, ダミー93
 * 01 data    1, 照会番号6, 勘定日6, 起算日6, 金額10, うち他店券10, 依頼人コード10, 依頼人名48,
 *            仕向銀行名15, 仕向店名15, 取消区分1, EDI情報20, ダミー52
 * 01 trailer 1, 振込件数6, 振込金額12, 取消件数6, 取消金額12, ダミー163
 * 03 header  1,2,1, 作成日6, 勘定日(自)6, (至)6, 銀行4, 銀行名15, 支店3, 支店名15, ダミー3, 預金種目1,
 *            口座番号10, 口座名40, 貸越区分1, 通帳・証書区分1, 取引前残高14, ダミー71
 * 03 data    1, 照会番号8, 勘定日6, 預入・払出日6, 入払区分1, 取引区分2, 取引金額12, うち他店券12,
 *            交換呈示日6, 不渡返還日6, 手形・小切手区分1, 番号7, 僚店番号3, 依頼人コード10,
 *            依頼人名又は契約者番号48, 仕向銀行名15, 仕向店名15, 摘要内容20, EDI情報20, ダミー1
 * 03 trailer 1, 入金件数6, 入金額合計13, 出金件数6, 出金額合計13, 貸越区分1, 取引後残高14, データ件数7, ダミー139
 * Dates are YYMMDD in the Japanese era (和暦) by the standard; some banks offer the Western year.
 */
export const DEPOSIT_DETAIL_RECORD_LENGTH = 200;

export type DepositFileKind = 'transfer_notice' | 'statement';

export interface DepositAccount {
  bankCode: string;
  branchCode: string;
  /** 預金種目 code as written: 1 普通, 2 当座, 4 貯蓄 … */
  accountType: string;
  accountNumber: string;
}

export interface DepositCredit {
  /** Line of the data record in the file (1-based). */
  line: number;
  /** 勘定日: the day the money was booked. */
  date: IsoDate;
  amount: Yen;
  /** 振込依頼人名, half-width kana exactly as in the file (trailing spaces removed). */
  senderName: string;
  /** 振込依頼人コード when the bank gave one. */
  senderCode?: string;
  ediInfo?: string;
  /** 照会番号: the bank's reference, a natural key for idempotent import. */
  inquiryNumber: string;
  /** 取引区分 of a statement line (11 振込, 10 現金 …); absent for transfer notices. */
  transactionCode?: string;
  account: DepositAccount;
}

export interface DepositDetail {
  kind: DepositFileKind;
  /**
   * 作成日 of the first header. The era of YYMMDD cannot be told from the file (R08 and 2008
   * look alike), so callers should check this is close to the import date before applying.
   */
  createdOn: IsoDate;
  /** Money received. */
  credits: DepositCredit[];
  /** Earlier credits the bank takes back: 01 取消 records and 03 入金訂正 (入払区分 2, 取引区分 19). */
  reversals: DepositCredit[];
}

export interface DepositDetailOptions {
  era?: ZenginDateEra;
}

type Kind = '01' | '03';
interface Group {
  account: DepositAccount;
  credits: DepositCredit[];
  reversals: DepositCredit[];
}

/** Parses a 01 or 03 file. Any defect throws InvalidInput naming the line; nothing is half-read. */
export function parseDepositDetail(file: Buffer, options: DepositDetailOptions = {}): DepositDetail {
  const era = options.era ?? 'reiwa';
  if (era !== 'reiwa' && era !== 'gregorian')
    throw DomainError.invalid(PaymentsError.EraUnknown, 'era', "era must be 'reiwa' or 'gregorian'.");
  const records = splitRecords(file, DEPOSIT_DETAIL_RECORD_LENGTH);
  const kind = fileKind(records[0]);
  const createdOn = new FieldReader(records[0].subarray(4, 10), 1).date('作成日', era);
  const credits: DepositCredit[] = [];
  const reversals: DepositCredit[] = [];
  let i = 0;
  while (i < records.length && records[i][0] !== 0x39) {
    const end = groupEnd(records, i);
    const group = parseGroup(records, i, end, kind, era);
    credits.push(...group.credits);
    reversals.push(...group.reversals);
    i = end + 1;
  }
  if (i === 0) throw lineError(PaymentsError.ZenginHeaderExpected, 1, 'must be a header record (データ区分 1).');
  if (i >= records.length)
    throw DomainError.invalid(PaymentsError.NoEndRecord, 'file', 'The file has no end record (データ区分 9).');
  if (i !== records.length - 1)
    throw lineError(PaymentsError.ZenginAfterEnd, i + 2, 'follows the end record; nothing may.');
  return { kind: kind === '01' ? 'transfer_notice' : 'statement', createdOn, credits, reversals };
}

function fileKind(first: Buffer): Kind {
  const kind = first.subarray(1, 3).toString('latin1');
  if (first[0] !== 0x31)
    throw lineError(PaymentsError.ZenginHeaderExpected, 1, 'must be a header record (データ区分 1).');
  if (kind !== '01' && kind !== '03')
    throw lineError(
      PaymentsError.ZenginKindUnknown,
      1,
      `has 種別コード "${kind}"; expected 01 (振込入金通知) or 03 (入出金取引明細).`,
      {
        kind,
      },
    );
  return kind;
}

/** Index of the trailer closing the group that starts at `start`, after checking record order. */
function groupEnd(records: Buffer[], start: number): number {
  if (records[start][0] !== 0x31)
    throw lineError(PaymentsError.ZenginHeaderExpected, start + 1, 'must be a header record (データ区分 1).');
  let i = start + 1;
  while (i < records.length && records[i][0] === 0x32) i++;
  if (i >= records.length || records[i][0] !== 0x38) {
    throw lineError(PaymentsError.ZenginDataOrTrailerExpected, i + 1, 'must be a data (2) or trailer (8) record.');
  }
  return i;
}

function parseGroup(records: Buffer[], start: number, end: number, kind: Kind, era: ZenginDateEra): Group {
  const header = new FieldReader(records[start], start + 1);
  const account = kind === '01' ? parseHeader01(header) : parseHeader03(header);
  const group: Group = { account, credits: [], reversals: [] };
  const lines = records.slice(start + 1, end).map((r, k) => new FieldReader(r, start + k + 2));
  const trailer = new FieldReader(records[end], end + 1);
  if (kind === '01') addTransferNotices(group, lines, trailer, era);
  else addStatementLines(group, lines, trailer, era);
  return group;
}

function parseHeader01(r: FieldReader): DepositAccount {
  checkKind(r, '01');
  r.skip(1 + 18); // コード区分, 作成日, 勘定日(自), 勘定日(至)
  const bankCode = r.digits(4, '銀行コード');
  r.skip(15);
  const branchCode = r.digits(3, '支店コード');
  r.skip(15);
  const accountType = r.code('預金種目');
  return { bankCode, branchCode, accountType, accountNumber: r.digits(7, '口座番号') };
}

function parseHeader03(r: FieldReader): DepositAccount {
  checkKind(r, '03');
  r.skip(1 + 18);
  const bankCode = r.digits(4, '銀行コード');
  r.skip(15);
  const branchCode = r.digits(3, '支店コード');
  r.skip(15 + 3);
  const accountType = r.code('預金種目');
  return { bankCode, branchCode, accountType, accountNumber: r.digits(10, '口座番号') };
}

/** Every group's header must carry the 種別コード the first header set. */
function checkKind(r: FieldReader, kind: Kind): void {
  r.skip(1);
  const code = r.digits(2, '種別コード');
  if (code !== kind)
    throw lineError(
      PaymentsError.ZenginKindChanged,
      r.line,
      `has 種別コード "${code}", but the file began as ${kind}.`,
      { code, kind },
    );
}

function addTransferNotices(group: Group, lines: FieldReader[], trailer: FieldReader, era: ZenginDateEra): void {
  const all: DepositCredit[] = [];
  for (const r of lines) {
    r.skip(1);
    const inquiryNumber = r.digits(6, '照会番号');
    const date = r.date('勘定日', era);
    r.skip(6); // 起算日
    const amount = r.number(10, '金額');
    r.skip(10); // うち他店券金額
    const senderCode = r.optionalDigits(10, '振込依頼人コード');
    const senderName = r.text(48, '振込依頼人名');
    r.skip(30); // 仕向銀行名, 仕向店名
    const cancel = r.code('取消区分');
    const ediInfo = r.text(20, 'EDI情報') || undefined;
    if (cancel !== '0' && cancel !== ' ' && cancel !== '1')
      throw lineError(PaymentsError.ZenginCancelUnknown, r.line, `has an unknown 取消区分 "${cancel}".`, { cancel });
    const credit = compact({
      line: r.line,
      date,
      amount,
      senderName,
      senderCode,
      ediInfo,
      inquiryNumber,
      account: group.account,
    });
    (cancel === '1' ? group.reversals : group.credits).push(credit);
    all.push(credit);
  }
  checkTransferTrailer(trailer, all, group.reversals);
}

function checkTransferTrailer(t: FieldReader, all: DepositCredit[], cancelled: DepositCredit[]): void {
  t.skip(1);
  const count = t.number(6, '振込合計件数');
  const amount = t.number(12, '振込合計金額');
  const cancelCount = t.number(6, '取消合計件数');
  const cancelAmount = t.number(12, '取消合計金額');
  expectTotal(t.line, '取消合計件数', cancelCount, cancelled.length);
  expectTotal(t.line, '取消合計金額', cancelAmount, sum(cancelled));
  // Banks differ on whether 振込合計 includes cancelled records; either reading is accepted.
  const net = all.filter((c) => !cancelled.includes(c));
  const matchesAll = count === all.length && amount === sum(all);
  const matchesNet = count === net.length && amount === sum(net);
  if (!matchesAll && !matchesNet) {
    throw lineError(
      PaymentsError.ZenginTransferTotalMismatch,
      t.line,
      `says 振込合計 ${count} records / ${amount} yen, but the data records add up to ${all.length} / ${sum(all)}.`,
      { count, amount, actualCount: all.length, actualAmount: sum(all) },
    );
  }
}

function addStatementLines(group: Group, lines: FieldReader[], trailer: FieldReader, era: ZenginDateEra): void {
  const ins: number[] = [];
  const outs: number[] = [];
  for (const r of lines) {
    r.skip(1);
    const inquiryNumber = r.digits(8, '照会番号');
    const date = r.date('勘定日', era);
    r.skip(6); // 預入・払出日
    const direction = r.code('入払区分');
    const transactionCode = r.digits(2, '取引区分');
    const amount = r.number(12, '取引金額');
    r.skip(12 + 6 + 6 + 1 + 7 + 3); // うち他店券, 交換呈示日, 不渡返還日, 手形区分, 手形番号, 僚店番号
    const senderCode = r.optionalDigits(10, '振込依頼人コード');
    const senderName = r.text(48, '振込依頼人名');
    r.skip(15 + 15 + 20); // 仕向銀行名, 仕向店名, 摘要内容
    const ediInfo = r.text(20, 'EDI情報') || undefined;
    if (direction !== '1' && direction !== '2')
      throw lineError(PaymentsError.ZenginDirectionUnknown, r.line, `has an unknown 入払区分 "${direction}".`, {
        direction,
      });
    (direction === '1' ? ins : outs).push(amount);
    const entry = compact({
      line: r.line,
      date,
      amount,
      senderName,
      senderCode,
      ediInfo,
      inquiryNumber,
      transactionCode,
      account: group.account,
    });
    // 取引区分 19 is a correction: on the 出金 side it takes back a credit; on the 入金 side it is not a payment.
    if (direction === '1' && transactionCode !== '19') group.credits.push(entry);
    if (direction === '2' && transactionCode === '19') group.reversals.push(entry);
  }
  checkStatementTrailer(trailer, ins, outs, lines.length);
}

function checkStatementTrailer(t: FieldReader, ins: number[], outs: number[], count: number): void {
  t.skip(1);
  expectTotal(t.line, '入金件数', t.number(6, '入金件数'), ins.length);
  expectTotal(
    t.line,
    '入金額合計',
    t.number(13, '入金額合計'),
    ins.reduce((a, b) => a + b, 0),
  );
  expectTotal(t.line, '出金件数', t.number(6, '出金件数'), outs.length);
  expectTotal(
    t.line,
    '出金額合計',
    t.number(13, '出金額合計'),
    outs.reduce((a, b) => a + b, 0),
  );
  t.skip(1 + 14); // 貸越区分, 取引後残高
  expectTotal(t.line, 'データレコード件数', t.number(7, 'データレコード件数'), count);
}

function expectTotal(line: number, name: string, stated: number, actual: number): void {
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

function sum(credits: DepositCredit[]): number {
  return credits.reduce((total, c) => total + c.amount, 0);
}

/** Drops undefined optional fields so results compare and serialise cleanly. */
function compact(credit: DepositCredit): DepositCredit {
  return Object.fromEntries(Object.entries(credit).filter(([, v]) => v !== undefined)) as unknown as DepositCredit;
}
