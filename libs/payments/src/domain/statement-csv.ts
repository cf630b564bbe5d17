import { LocalDate } from '@js-joda/core';
import { DomainError, type IsoDate, type ReasonParams } from '@tamago/core';
import { type CsvReader, readCsv } from './csv';
import { type Yen } from '@tamago/billing';
import { PaymentsError } from '../errors';

/** One incoming payment from a plain CSV bank statement. */
export interface StatementCredit {
  line: number;
  date: IsoDate;
  amount: Yen;
  /** Sender as written in the file (kana of any width); fold it with normalizeKanaForMatching. */
  senderName: string;
  reference?: string;
}

const COLUMNS = ['date', 'amount', 'sendername', 'reference'];
const DATE = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/;
const AMOUNT = /^(\d+|\d{1,3}(,\d{3})+)$/;

/**
 * Parses a CSV statement with a header row `date,amount,senderName[,reference]` (any case).
 * Dates are YYYY-MM-DD or YYYY/MM/DD; amounts are positive whole yen, thousands commas allowed
 * when quoted. Any malformed row throws InvalidInput naming the line; nothing is half-read.
 */
export function parseStatementCsv(text: string, reader: CsvReader = readCsv): StatementCredit[] {
  if (typeof text !== 'string') throw DomainError.invalid(PaymentsError.CsvNotText, 'file', 'The CSV must be text.');
  const [header, ...rows] = reader(text.replace(/^\uFEFF/, ''));
  if (!header) throw DomainError.invalid(PaymentsError.CsvEmpty, 'file', 'The CSV is empty.');
  const names = header.fields.map((f) => f.trim().toLowerCase());
  const width = names.length;
  if ((width !== 3 && width !== 4) || names.some((n, i) => n !== COLUMNS[i])) {
    throw lineError(
      PaymentsError.StatementHeaderInvalid,
      header.line,
      'must be the header "date,amount,senderName" with an optional ",reference".',
    );
  }
  return rows.map(({ line, fields }) => {
    if (fields.length !== width)
      throw lineError(
        PaymentsError.StatementFieldCount,
        line,
        `has ${fields.length} fields; the header has ${width}.`,
        {
          count: fields.length,
          width,
        },
      );
    const reference = fields[3]?.trim();
    const credit: StatementCredit = {
      line,
      date: parseDate(fields[0], line),
      amount: parseAmount(fields[1], line),
      senderName: parseName(fields[2], line),
    };
    return reference ? { ...credit, reference } : credit;
  });
}

function parseDate(raw: string, line: number): IsoDate {
  const match = DATE.exec(raw.trim());
  try {
    if (!match) throw new Error('shape');
    return LocalDate.of(Number(match[1]), Number(match[2]), Number(match[3])).toString();
  } catch {
    throw lineError(PaymentsError.StatementDateInvalid, line, `has an invalid date "${raw}"; use YYYY-MM-DD.`, { raw });
  }
}

function parseAmount(raw: string, line: number): Yen {
  const trimmed = raw.trim();
  const amount = AMOUNT.test(trimmed) ? Number(trimmed.replace(/,/g, '')) : Number.NaN;
  if (!Number.isSafeInteger(amount) || amount <= 0) {
    throw lineError(
      PaymentsError.StatementAmountInvalid,
      line,
      `has an invalid amount "${raw}"; use a positive whole number of yen.`,
      { raw },
    );
  }
  return amount;
}

function parseName(raw: string, line: number): string {
  const name = raw.trim();
  if (!name) throw lineError(PaymentsError.StatementSenderMissing, line, 'has no sender name.');
  return name;
}

function lineError(reason: string, line: number, problem: string, params: ReasonParams = {}): DomainError {
  return DomainError.invalid(reason, 'file', `Line ${line} ${problem}`, { line, ...params });
}
