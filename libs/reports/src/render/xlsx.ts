import type { CellKind, ReportDocument } from '../report-document';

const NUM_FMT: Record<CellKind, string | undefined> = {
  text: undefined,
  integer: '#,##0',
  yen: '"¥"#,##0',
  percent: '0.00"%"',
  decimal: '#,##0.00',
};

/**
 * The report as a workbook: a summary sheet, then one sheet per section with a bold header row
 * that stays (frozen) and typed cells — numbers stay numbers with a yen, count or percent format.
 */
export async function renderXlsx(doc: ReportDocument): Promise<Buffer> {
  // exceljs is loaded on the first workbook, not when the API or the worker starts.
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'Tamago';
  book.created = doc.generatedAt;
  const summary = book.addWorksheet('概要', { views: [{ state: 'frozen', ySplit: 1 }] });
  summary.addRow(['項目', '値']).font = { bold: true };
  summary.addRow(['レポート', doc.title]);
  summary.addRow(['施設', doc.facilityName]);
  summary.addRow(['対象', doc.scopeLabel]);
  summary.addRow(['基準日', doc.asOf]);
  for (const s of doc.summary) summary.addRow([s.label, s.value]);
  summary.getColumn(1).width = 28;
  summary.getColumn(2).width = 48;
  for (const section of doc.sections) {
    const sheet = book.addWorksheet(section.key.slice(0, 31), { views: [{ state: 'frozen', ySplit: 1 }] });
    const header = sheet.addRow(section.table.columns.map((c) => c.label));
    header.font = { bold: true };
    header.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE8EEF7' } };
    section.table.rows.forEach((r, i) => {
      const row = sheet.addRow(r.map((v) => (v === null ? null : v)));
      if (section.table.total && i === section.table.rows.length - 1) row.font = { bold: true };
    });
    section.table.columns.forEach((c, i) => {
      const col = sheet.getColumn(i + 1);
      col.width = c.kind === 'text' ? 24 : 16;
      const fmt = NUM_FMT[c.kind];
      if (fmt) col.numFmt = fmt;
    });
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}
