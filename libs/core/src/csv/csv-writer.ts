import { stringify } from 'csv-stringify/sync';

/** A cell of a written CSV: text, a number, or empty. */
export type CsvCell = string | number | null | undefined;

/**
 * Characters that make a spreadsheet read a cell as a formula (CSV/formula injection, OWASP):
 * `=HYPERLINK(...)`, `+cmd|...`, `-2+3`, `@SUM(...)`, and the tab or carriage return some
 * programs skip before looking.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/** Characters after which csv-stringify may quote a cell; a cell without any is written as it is. */
const NEEDS_QUOTING = /[",\r\n]/;

/**
 * One text cell as a spreadsheet should show it: a leading apostrophe keeps a text that starts
 * like a formula as text. Numbers are never touched, so a negative amount stays a number.
 */
export function escapeCsvCell(cell: CsvCell): string | number {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return cell;
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/**
 * The one CSV writer: every text cell escaped against formula injection; CRLF line ends unless told; no BOM.
 * Plain cells (no quote, comma or line break: nearly all of them) are joined here; a cell that needs quoting
 * goes through csv-stringify, so the output is csv-stringify's. Joining here allocates a fraction of what
 * csv-stringify's per-record machinery does, which keeps a streamed export's batches short-lived (they died
 * in the young generation no more once they outlived a scavenge, and the old generation grew with garbage).
 */
export function writeCsv(rows: readonly (readonly CsvCell[])[], options: { lineEnd?: '\r\n' | '\n' } = {}): string {
  const lineEnd = options.lineEnd ?? '\r\n';
  let out = '';
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) {
      if (i > 0) out += ',';
      out += csvField(escapeCsvCell(row[i]), lineEnd);
    }
    out += lineEnd;
  }
  return out;
}

function csvField(value: string | number, lineEnd: '\r\n' | '\n'): string {
  if (typeof value === 'number') return String(value);
  if (!NEEDS_QUOTING.test(value)) return value;
  return stringify([[value]], { record_delimiter: lineEnd, eof: false });
}
