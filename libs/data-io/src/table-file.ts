import { writeCsv } from '@tamago/core';

/** A list to export: a sheet name, Japanese headers and rows of plain values. */
export interface ExportTable {
  sheet: string;
  headers: string[];
  rows: (string | number | null)[][];
}

const BOM = '\uFEFF';

/** CSV in UTF-8 with a BOM (so Excel opens Japanese correctly), CRLF line ends, cells escaped against formulas. */
export function toCsv(table: ExportTable): Buffer {
  const text = writeCsv([table.headers, ...table.rows]);
  return Buffer.from(BOM + text, 'utf8');
}

/** An XLSX workbook with one sheet, a bold frozen header and numbers kept as numbers. */
export async function toXlsx(table: ExportTable): Promise<Buffer> {
  // exceljs is loaded on the first workbook, not when the API starts.
  const { default: ExcelJS } = await import('exceljs');
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Tamago';
  const sheet = workbook.addWorksheet(table.sheet, { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow(table.headers).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row.map((v) => (v === null ? '' : v)));
  sheet.columns.forEach((c, i) => (c.width = Math.min(40, Math.max(10, table.headers[i].length * 2 + 4))));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
