import { toCsv } from '@tamago/data-io';
import type { CellKind, CellValue, ReportDocument } from '../report-document';

/**
 * The report as one CSV (UTF-8 with BOM, CRLF, through the exchange CSV writer): a title block,
 * then each section as its heading row, its header row and its rows, separated by an empty line.
 * Numbers are plain (no ¥ or separators) so a spreadsheet reads them as numbers.
 */
export function renderCsv(doc: ReportDocument): Buffer {
  const blocks: Buffer[] = [
    toCsv({
      sheet: 'report',
      headers: [doc.title],
      rows: [[doc.facilityName], [doc.scopeLabel], [`基準日 ${doc.asOf}`]],
    }),
  ];
  for (const s of doc.sections) {
    blocks.push(
      toCsv({
        sheet: s.key,
        headers: [`■ ${s.heading}`],
        rows: [
          s.table.columns.map((c) => c.label),
          ...s.table.rows.map((r) => r.map((v, i) => plain(v, s.table.columns[i].kind))),
        ],
      }),
    );
  }
  // Every block carries its own BOM: keep the first only, and an empty line between blocks.
  const crlf = Buffer.from('\r\n');
  return Buffer.concat(blocks.flatMap((b, i) => (i === 0 ? [b] : [crlf, b.subarray(3)])));
}

/** Decimals and rates always with two decimals (25.00, 50.00); counts and yen as whole numbers. */
function plain(v: CellValue, kind: CellKind): CellValue {
  if (typeof v !== 'number') return v;
  return kind === 'decimal' || kind === 'percent' || !Number.isInteger(v) ? v.toFixed(2) : v;
}
