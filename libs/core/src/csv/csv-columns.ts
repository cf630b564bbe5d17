import { CoreError } from '../errors';
import type { CsvRow, CsvTable, RowProblem } from './csv-table';

/** A column an import understands: its field name and the headers it may be written as (Japanese, English). */
export interface CsvColumn {
  field: string;
  headers: string[];
  required?: boolean;
}

/** Reads cells by field name whatever header the file used, and reports the header used. */
export interface CsvColumns {
  /** The trimmed cell of `field` in `row`, '' when the column is absent or the cell empty. */
  cell(row: CsvRow, field: string): string;
  /** The header as written in the file (or the first known header when the column is absent). */
  columnOf(field: string): string;
  /** Header problems (line 1): missing required columns, unknown or repeated columns. */
  problems: RowProblem[];
}

/**
 * Matches a file's header against the known columns. Unknown columns are refused rather than
 * ignored, so a misspelt header is reported instead of silently dropping a whole column;
 * `ignored` lists headers that are known but not imported (e.g. an export's ID column).
 */
export function mapColumns(table: CsvTable, columns: CsvColumn[], ignored: string[] = []): CsvColumns {
  const headerOf = new Map<string, string>();
  const problems: RowProblem[] = [];
  for (const header of table.header) {
    if (ignored.includes(header)) continue;
    const column = columns.find((c) => c.headers.includes(header) || c.field === header);
    if (!column) {
      problems.push({
        line: 1,
        column: header,
        message: `Unknown column "${header}".`,
        reason: CoreError.CsvColumnUnknown,
        params: { header },
      });
    } else if (headerOf.has(column.field)) {
      problems.push({
        line: 1,
        column: header,
        message: `The column ${column.field} appears twice.`,
        reason: CoreError.CsvColumnTwice,
        params: { header, field: column.field },
      });
    } else {
      headerOf.set(column.field, header);
    }
  }
  for (const c of columns.filter((x) => x.required && !headerOf.has(x.field))) {
    problems.push({
      line: 1,
      column: c.headers[0],
      message: `The required column "${c.headers[0]}" is missing.`,
      reason: CoreError.CsvColumnMissing,
      params: { header: c.headers[0] },
    });
  }
  return {
    cell: (row, field) => {
      const header = headerOf.get(field);
      return header === undefined ? '' : (row.cells[header] ?? '').trim();
    },
    columnOf: (field) => headerOf.get(field) ?? columns.find((c) => c.field === field)?.headers[0] ?? field,
    problems,
  };
}
