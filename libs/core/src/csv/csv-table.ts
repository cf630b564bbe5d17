import { parse } from 'csv-parse/sync';
import iconv from 'iconv-lite';
import { DomainError, ErrorCode, type ReasonParams } from '../domain-error';
import { unsafeTextReason } from '../text';
import { CoreError } from '../errors';

/** One data row of a CSV file: its line in the file (the header is line 1) and its cells by header. */
export interface CsvRow {
  line: number;
  cells: Record<string, string>;
}

/** A parsed CSV file: the header as written and the data rows. */
export interface CsvTable {
  header: string[];
  rows: CsvRow[];
}

/** One problem of an uploaded file, reported to the user with where it is. */
export interface RowProblem {
  line: number;
  column: string;
  /** English sentence; `reason` and `params` give it in the reader's language. */
  message: string;
  reason?: string;
  params?: ReasonParams;
}

const UTF8_BOM = Buffer.from([0xef, 0xbb, 0xbf]);
const MAX_ROWS = 20_000;
/** 20,000 rows of a wide export are about 3 MB; anything larger is refused before it is read. */
export const MAX_CSV_BYTES = 4 * 1024 * 1024;
const LF = 0x0a;

/**
 * Decodes an uploaded CSV. Excel in Japan saves "CSV" as Shift_JIS (cp932) and "CSV UTF-8" with
 * a BOM, so: a BOM or valid UTF-8 is read as UTF-8, anything else as cp932.
 */
export function decodeCsv(input: Buffer | string): string {
  if (typeof input === 'string') return input.replace(/^\uFEFF/, '');
  if (input.subarray(0, 3).equals(UTF8_BOM)) return input.subarray(3).toString('utf8');
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(input);
  } catch {
    return iconv.decode(input, 'cp932');
  }
}

/**
 * Parses a CSV file with a header line. A file that is not CSV at all (unbalanced quotes, a row
 * with the wrong number of cells) is InvalidInput naming the line, so the user can fix it.
 */
export function readCsvTable(input: Buffer | string): CsvTable {
  assertCsvSize(input);
  const text = decodeCsv(input);
  assertSafeText(text);
  let records: { record: string[]; info: { lines: number } }[];
  try {
    records = parse(text, {
      info: true,
      skip_empty_lines: true,
      trim: true,
      relax_column_count: false,
    }) as unknown as typeof records;
  } catch (e) {
    const line = (e as { lines?: number }).lines ?? 0;
    throw rowProblemsError(
      [
        {
          line,
          column: '',
          message: `The file is not valid CSV: ${(e as Error).message}`,
          reason: CoreError.CsvNotValid,
          params: { problem: (e as Error).message },
        },
      ],
      0,
    );
  }
  if (records.length === 0)
    throw DomainError.invalid(CoreError.CsvEmpty, 'file', 'The file is empty: it needs a header line.');
  if (records.length - 1 > MAX_ROWS)
    throw DomainError.invalid(CoreError.CsvTooManyRows, 'file', `A file may hold at most ${MAX_ROWS} rows.`, {
      maxRows: MAX_ROWS,
    });
  const header = records[0].record.map((h) => h.trim());
  const rows = records.slice(1).map(({ record, info }) => ({
    line: info.lines,
    cells: Object.fromEntries(header.map((h, i) => [h, record[i] ?? ''])),
  }));
  return { header, rows };
}

/**
 * The cheap checks first, so an oversized file costs no parsing: its size in bytes, then its
 * physical lines (a quoted cell may span lines, so this bound is loose by that much).
 */
function assertCsvSize(input: Buffer | string): void {
  const bytes = typeof input === 'string' ? Buffer.byteLength(input) : input.length;
  if (bytes > MAX_CSV_BYTES) {
    throw DomainError.invalid(
      CoreError.CsvTooLarge,
      'file',
      `A CSV file may be at most ${MAX_CSV_BYTES / 1024 / 1024} MB.`,
      {
        max: MAX_CSV_BYTES,
        maxMb: MAX_CSV_BYTES / 1024 / 1024,
      },
      'max',
    );
  }
  const buffer = typeof input === 'string' ? Buffer.from(input) : input;
  let lines = 0;
  for (let at = buffer.indexOf(LF); at !== -1; at = buffer.indexOf(LF, at + 1)) {
    if (++lines > MAX_ROWS + 1)
      throw DomainError.invalid(CoreError.CsvTooManyRows, 'file', `A file may hold at most ${MAX_ROWS} rows.`, {
        maxRows: MAX_ROWS,
      });
  }
}

/** NUL and other control characters, or text-direction overrides, refused with their line. */
function assertSafeText(text: string): void {
  if (unsafeTextReason(text) === null) return;
  const lines = text.split(/\r?\n/);
  const index = lines.findIndex((l) => unsafeTextReason(l) !== null);
  const reason = unsafeTextReason(lines[index] ?? '');
  const message =
    reason === 'bidiControl'
      ? 'The line contains a character that changes the text direction (such as U+202E).'
      : 'The line contains a control character (such as NUL).';
  const why = reason === 'bidiControl' ? CoreError.CsvBidiControl : CoreError.CsvControlCharacter;
  throw rowProblemsError([{ line: index + 1, column: '', message, reason: why }], 0);
}

/** The 400 for a file with bad rows: every problem listed with line and column; nothing was written. */
/** The `field` of a row problem in an error's `errors[]`: `line 3: 居室コード`, or `line 3` for the whole row. */
export function rowProblemField(line: number, column: string | undefined): string {
  return column ? `line ${line}: ${column}` : `line ${line}`;
}

export function rowProblemsError(problems: RowProblem[], rowsChecked: number): DomainError {
  const lines = new Set(problems.map((p) => p.line)).size;
  return new DomainError(
    ErrorCode.InvalidInput,
    CoreError.CsvRowProblems,
    `The file has problems on ${lines} line(s); nothing was written. Fix every listed row and upload it again.`,
    {
      params: { lines },
      errors: problems.map((p) => ({
        field: rowProblemField(p.line, p.column),
        message: p.message,
        ...(p.reason ? { reason: p.reason, reasonParams: p.params } : {}),
      })),
      // The rows as the import screens list them; the API answers their messages in the reader's language.
      extra: { problems: problems.map(({ line, column, message }) => ({ line, column, message })), rowsChecked },
    },
  );
}
