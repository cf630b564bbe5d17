import { LocalDate } from '@js-joda/core';
import iconv from 'iconv-lite';
import { DomainError, type IsoDate, type ReasonParams, toHalfWidthKana } from '@tamago/core';
import { PaymentsError } from '../errors';

/**
 * Shared plumbing for Zengin (全銀協) fixed-length files: every record is a fixed number of bytes
 * (120 or 200) of Shift_JIS; N fields are digits right-aligned and zero-padded, C fields are
 * half-width text left-aligned and space-padded. Records are written with or without CRLF.
 */
export type RecordSeparator = 'crlf' | 'none';

/** Era of YYMMDD dates: 'reiwa' (the standard's 和暦; R8 = 2026) or 'gregorian' (20YY). */
export type ZenginDateEra = 'reiwa' | 'gregorian';

/** Zengin 預金種目 codes: 1 普通, 2 当座, 3 納税準備, 4 貯蓄, 9 その他. */
export type AccountType = 'ordinary' | 'current' | 'tax_reserve' | 'savings' | 'other';

const ACCOUNT_TYPE_CODES: Readonly<Record<AccountType, string>> = {
  ordinary: '1',
  current: '2',
  tax_reserve: '3',
  savings: '4',
  other: '9',
};

/** The one-digit Zengin code of an account type; InvalidInput on `field` for anything else. */
export function accountTypeCode(type: AccountType, field: string): string {
  const code = Object.hasOwn(ACCOUNT_TYPE_CODES, type) ? ACCOUNT_TYPE_CODES[type] : undefined;
  if (!code)
    throw DomainError.invalid(
      PaymentsError.AccountTypeUnknown,
      field,
      `${field} must be one of ${Object.keys(ACCOUNT_TYPE_CODES).join(', ')}.`,
      { field, list: Object.keys(ACCOUNT_TYPE_CODES).join(', ') },
    );
  return code;
}

/** The account type of a one-digit Zengin code, or undefined. */
export function accountTypeOf(code: string): AccountType | undefined {
  return (Object.keys(ACCOUNT_TYPE_CODES) as AccountType[]).find((t) => ACCOUNT_TYPE_CODES[t] === code);
}

/** N field: digits right-aligned and zero-padded to `width`; `exact` demands exactly width digits. */
export function numericField(value: string | number, width: number, field: string, exact = false): string {
  const digits = typeof value === 'number' && Number.isSafeInteger(value) && value >= 0 ? String(value) : value;
  if (typeof digits !== 'string' || !/^\d+$/.test(digits)) {
    throw DomainError.invalid(PaymentsError.NotDigits, field, `${field} must be digits only.`, { field });
  }
  if (digits.length > width || (exact && digits.length !== width)) {
    throw DomainError.invalid(
      exact ? PaymentsError.DigitsExact : PaymentsError.DigitsTooMany,
      field,
      `${field} must be ${exact ? 'exactly' : 'at most'} ${width} digits.`,
      { width },
    );
  }
  return digits.padStart(width, '0');
}

/** C field: converted to Zengin half-width kana, left-aligned and space-padded to `width` bytes. */
export function textField(value: string | undefined, width: number, field: string): string {
  const text = toHalfWidthKana(value ?? '', field);
  // Every Zengin character is one Shift_JIS byte, so length in characters is length in bytes.
  if (text.length > width) {
    throw DomainError.invalid(
      PaymentsError.KanaTooLong,
      field,
      `${field} is ${text.length} characters in half-width kana; at most ${width} fit.`,
      { field, length: text.length, width },
    );
  }
  return text.padEnd(width, ' ');
}

/** Encodes records to Shift_JIS, checking each is exactly `length` bytes, joined per `separator`. */
export function encodeRecords(records: readonly string[], length: number, separator: RecordSeparator): Buffer {
  if (separator !== 'crlf' && separator !== 'none') {
    throw DomainError.invalid(PaymentsError.SeparatorUnknown, 'separator', "separator must be 'crlf' or 'none'.");
  }
  const parts = records.map((record, i) => {
    const bytes = iconv.encode(record, 'Shift_JIS');
    // A programming error, not user input: the layout must add up to the record length.
    if (bytes.length !== length) throw new Error(`Zengin record ${i + 1} is ${bytes.length} bytes, not ${length}.`);
    return separator === 'crlf' ? Buffer.concat([bytes, CRLF]) : bytes;
  });
  return Buffer.concat(parts);
}

const CRLF = Buffer.from('\r\n', 'ascii');
const LF = 0x0a;
const CR = 0x0d;
const EOF_MARK = 0x1a;

/**
 * Splits a Zengin file into records of exactly `length` bytes. Accepts CRLF (or LF) after each
 * record or no separator at all, and a trailing DOS end-of-file mark; anything else throws
 * InvalidInput naming the line, so a damaged file is never half-read.
 */
export function splitRecords(file: Buffer, length: number): Buffer[] {
  if (!Buffer.isBuffer(file))
    throw DomainError.invalid(PaymentsError.FileNotBytes, 'file', 'The file must be given as bytes (a Buffer).');
  let end = file.length;
  while (end > 0 && file[end - 1] === EOF_MARK) end--;
  const body = file.subarray(0, end);
  if (body.length === 0) throw DomainError.invalid(PaymentsError.FileEmpty, 'file', 'The file is empty.');
  return body.includes(LF) ? splitLines(body, length) : splitFixed(body, length);
}

function splitLines(body: Buffer, length: number): Buffer[] {
  const records: Buffer[] = [];
  let start = 0;
  while (start < body.length) {
    const lf = body.indexOf(LF, start);
    const stop = lf === -1 ? body.length : lf;
    const record = body.subarray(start, stop > start && body[stop - 1] === CR ? stop - 1 : stop);
    if (record.length !== length) {
      throw lineError(
        PaymentsError.ZenginRecordLength,
        records.length + 1,
        `is ${record.length} bytes long; records must be ${length} bytes.`,
        { bytes: record.length, length },
      );
    }
    records.push(record);
    start = stop + 1;
  }
  return records;
}

function splitFixed(body: Buffer, length: number): Buffer[] {
  if (body.length % length !== 0) {
    const last = Math.floor(body.length / length) + 1;
    throw lineError(
      PaymentsError.ZenginRecordLength,
      last,
      `is ${body.length % length} bytes long; records must be ${length} bytes.`,
      {
        bytes: body.length % length,
        length,
      },
    );
  }
  const records: Buffer[] = [];
  for (let at = 0; at < body.length; at += length) records.push(body.subarray(at, at + length));
  return records;
}

/** InvalidInput on field `file` whose message starts with the line number. */
export function lineError(reason: string, line: number, problem: string, params: ReasonParams = {}): DomainError {
  return DomainError.invalid(reason, 'file', `Line ${line} ${problem}`, { line, ...params });
}

/** Reads the fields of one record left to right. */
export class FieldReader {
  private at = 0;

  constructor(
    private readonly record: Buffer,
    readonly line: number,
  ) {}

  /** Raw digits of an N field; non-digits throw naming the line and field. */
  digits(width: number, field: string): string {
    const raw = this.take(width).toString('latin1');
    if (!/^\d+$/.test(raw))
      throw lineError(PaymentsError.ZenginNotDigits, this.line, `has non-digits in ${field}: "${raw}".`, {
        field,
        raw,
      });
    return raw;
  }

  /** An N field as a number (widths up to 15 digits stay exact). */
  number(width: number, field: string): number {
    return Number(this.digits(width, field));
  }

  /** A C field decoded from Shift_JIS, trailing spaces removed. */
  text(width: number, field: string): string {
    const decoded = iconv.decode(this.take(width), 'Shift_JIS');
    if (decoded.includes('\uFFFD'))
      throw lineError(PaymentsError.ZenginNotShiftJis, this.line, `has bytes that are not Shift_JIS in ${field}.`, {
        field,
      });
    return decoded.replace(/ +$/, '');
  }

  /** A one-byte code field as an ASCII character. */
  code(field: string): string {
    const c = this.take(1).toString('latin1');
    if (!/^[\x20-\x7e]$/.test(c))
      throw lineError(PaymentsError.ZenginFieldInvalid, this.line, `has an invalid ${field}.`, { field });
    return c;
  }

  /** An N field banks leave blank or all zeros when there is nothing to say: undefined then. */
  optionalDigits(width: number, field: string): string | undefined {
    const raw = this.text(width, field);
    if (raw === '' || /^0+$/.test(raw)) return undefined;
    if (!/^\d+$/.test(raw))
      throw lineError(PaymentsError.ZenginNotDigits, this.line, `has non-digits in ${field}: "${raw}".`, {
        field,
        raw,
      });
    return raw;
  }

  /** A YYMMDD date in the given era as 'YYYY-MM-DD'; Reiwa began on 2019-05-01 (R1-05-01). */
  date(field: string, era: ZenginDateEra): IsoDate {
    const raw = this.digits(6, field);
    const yy = Number(raw.slice(0, 2));
    const year = era === 'reiwa' ? 2018 + yy : 2000 + yy;
    try {
      const date = LocalDate.of(year, Number(raw.slice(2, 4)), Number(raw.slice(4, 6)));
      if (era === 'reiwa' && date.isBefore(LocalDate.of(2019, 5, 1))) throw new Error('before Reiwa');
      return date.toString();
    } catch {
      throw lineError(
        era === 'reiwa' ? PaymentsError.ZenginReiwaDateImpossible : PaymentsError.ZenginWesternDateImpossible,
        this.line,
        `has an impossible ${field} "${raw}" (${era === 'reiwa' ? 'Reiwa' : 'Western'} year).`,
        { field, raw },
      );
    }
  }

  skip(width: number): void {
    this.take(width);
  }

  private take(width: number): Buffer {
    const slice = this.record.subarray(this.at, this.at + width);
    this.at += width;
    return slice;
  }
}
