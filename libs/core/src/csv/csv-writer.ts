import { stringify } from 'csv-stringify/sync';

/** A cell of a written CSV: text, a number, or empty. */
export type CsvCell = string | number | null | undefined;

/**
 * Characters that make a spreadsheet read a cell as a formula (CSV/formula injection, OWASP):
 * `=HYPERLINK(...)`, `+cmd|...`, `-2+3`, `@SUM(...)`, and the tab or carriage return some
 * programs skip before looking.
 */
const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * One text cell as a spreadsheet should show it: a leading apostrophe keeps a text that starts
 * like a formula as text. Numbers are never touched, so a negative amount stays a number.
 */
export function escapeCsvCell(cell: CsvCell): string | number {
  if (cell === null || cell === undefined) return '';
  if (typeof cell === 'number') return cell;
  return FORMULA_START.test(cell) ? `'${cell}` : cell;
}

/** The one CSV writer: every text cell escaped against formula injection; CRLF line ends unless told; no BOM. */
export function writeCsv(rows: readonly (readonly CsvCell[])[], options: { lineEnd?: '\r\n' | '\n' } = {}): string {
  return stringify(
    rows.map((row) => row.map(escapeCsvCell)),
    { record_delimiter: options.lineEnd ?? '\r\n' },
  );
}
