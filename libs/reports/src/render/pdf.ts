import type PDFKitDocument from 'pdfkit';
import type SVGtoPDFDraw from 'svg-to-pdfkit';
import { INVOICE_FONT_PATH } from '@tamago/billing';
import type { ReportDocument, ReportSection, ReportTable } from '../report-document';
import { chartSvg, loadEcharts } from './chart';
import { formatCell, japaneseDate, japaneseDateTime } from './format';

const FONT = 'IPAexGothic';
const MARGIN = 42;
const ROW_H = 17;
const INK = '#1f2937';
const RULE = '#9aa4b2';
const HEAD_FILL = '#e8eef7';
const ACCENT = '#2f5d9e';

/**
 * The report as an A4 PDF in Japanese (IPAex Gothic, the invoice font): a title block with the
 * facility and the period, headline figures in a ruled box, then per section a heading, a chart
 * rendered on the server (ECharts SVG drawn by svg-to-pdfkit) and a ruled table whose header row
 * repeats on every page; page numbers in the footer.
 */
export async function renderPdf(doc: ReportDocument, timeZone: string): Promise<Buffer> {
  // pdfkit, svg-to-pdfkit and ECharts are loaded with the first report, not when the worker starts.
  const [{ default: PDFDocument }, { default: SVGtoPDF }, echarts] = await Promise.all([
    import('pdfkit'),
    import('svg-to-pdfkit'),
    loadEcharts(),
  ]);
  return build(PDFDocument, { SVGtoPDF, echarts }, doc, timeZone);
}

interface ChartLibs {
  SVGtoPDF: typeof SVGtoPDFDraw;
  echarts: Awaited<ReturnType<typeof loadEcharts>>;
}

function build(
  PDFDocument: typeof PDFKitDocument,
  charts: ChartLibs,
  doc: ReportDocument,
  timeZone: string,
): Promise<Buffer> {
  const pdf = new PDFDocument({
    size: 'A4',
    margins: { top: MARGIN, bottom: MARGIN, left: MARGIN, right: MARGIN },
    bufferPages: true,
    info: { Title: `${doc.title} ${doc.scopeLabel}`, Author: doc.facilityName, Creator: 'Tamago' },
  });
  pdf.registerFont(FONT, INVOICE_FONT_PATH);
  const chunks: Buffer[] = [];
  pdf.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    pdf.on('end', () => resolve(Buffer.concat(chunks)));
    pdf.on('error', reject);
  });
  pdf.font(FONT).fillColor(INK);
  titleBlock(pdf, doc, timeZone);
  summaryBox(pdf, doc);
  for (const section of doc.sections) drawSection(pdf, charts, section);
  if (doc.notes.length > 0) notes(pdf, doc.notes);
  footer(pdf, doc);
  pdf.end();
  return done;
}

const contentWidth = (pdf: PDFKit.PDFDocument) => pdf.page.width - MARGIN * 2;
const bottom = (pdf: PDFKit.PDFDocument) => pdf.page.height - MARGIN - 20;

function ensureSpace(pdf: PDFKit.PDFDocument, height: number): void {
  if (pdf.y + height > bottom(pdf)) {
    pdf.addPage();
    pdf.y = MARGIN;
  }
}

function titleBlock(pdf: PDFKit.PDFDocument, doc: ReportDocument, timeZone: string): void {
  const w = contentWidth(pdf);
  pdf.fontSize(9).fillColor('#555').text(doc.facilityName, MARGIN, MARGIN, { width: w, align: 'right' });
  pdf.moveDown(0.6);
  pdf.fontSize(20).fillColor(INK).text(doc.title, MARGIN, pdf.y, { width: w, align: 'center' });
  pdf.moveDown(0.2);
  pdf.fontSize(12).text(doc.scopeLabel, { width: w, align: 'center' });
  pdf.moveDown(0.3);
  pdf
    .fontSize(8.5)
    .fillColor('#555')
    .text(`基準日 ${japaneseDate(doc.asOf)}　作成 ${japaneseDateTime(doc.generatedAt, timeZone)}`, {
      width: w,
      align: 'center',
    });
  pdf.fillColor(INK);
  const y = pdf.y + 6;
  pdf
    .moveTo(MARGIN, y)
    .lineTo(MARGIN + w, y)
    .lineWidth(1.2)
    .strokeColor(ACCENT)
    .stroke();
  pdf.y = y + 12;
}

function summaryBox(pdf: PDFKit.PDFDocument, doc: ReportDocument): void {
  if (doc.summary.length === 0) return;
  const w = contentWidth(pdf);
  const perRow = 3;
  const cellW = w / perRow;
  const cellH = 40;
  const rows = Math.ceil(doc.summary.length / perRow);
  ensureSpace(pdf, rows * cellH + 10);
  const top = pdf.y;
  doc.summary.forEach((item, i) => {
    const x = MARGIN + (i % perRow) * cellW;
    const y = top + Math.floor(i / perRow) * cellH;
    pdf.rect(x, y, cellW, cellH).lineWidth(0.6).strokeColor(RULE).stroke();
    pdf
      .fontSize(8)
      .fillColor('#555')
      .text(item.label, x + 6, y + 5, { width: cellW - 12 });
    // Long values (two figures) get a smaller size so they stay on one line, right-aligned.
    let size = 13;
    pdf.fontSize(size);
    while (size > 8 && pdf.widthOfString(item.value) > cellW - 12) pdf.fontSize((size -= 0.5));
    const valueWidth = pdf.widthOfString(item.value);
    pdf.fillColor(INK).text(item.value, x + cellW - 6 - valueWidth, y + 19 + (13 - size) / 2, { lineBreak: false });
  });
  pdf.y = top + rows * cellH + 14;
}

function drawSection(pdf: PDFKit.PDFDocument, { SVGtoPDF, echarts }: ChartLibs, section: ReportSection): void {
  const w = contentWidth(pdf);
  ensureSpace(pdf, 30 + ROW_H * 3 + (section.chart ? 200 : 0));
  pdf.rect(MARGIN, pdf.y, 3, 13).fill(ACCENT);
  pdf
    .fillColor(INK)
    .fontSize(11.5)
    .text(section.heading, MARGIN + 8, pdf.y, { width: w - 8 });
  if (section.note)
    pdf
      .fontSize(8)
      .fillColor('#555')
      .text(section.note, MARGIN + 8, pdf.y + 1, { width: w - 8 });
  pdf.fillColor(INK);
  pdf.y += 6;
  if (section.chart) {
    const height = 190;
    ensureSpace(pdf, height + 10);
    SVGtoPDF(pdf, chartSvg(echarts, section.chart, Math.round(w), height), MARGIN, pdf.y, {
      width: w,
      height,
      fontCallback: () => FONT,
      // ECharts sizes its SVG in px; draw them 1:1 as points so the chart spans the column.
      assumePt: true,
    });
    pdf.y += height + 6;
  }
  drawTable(pdf, section.table);
  pdf.y += 14;
}

function drawTable(pdf: PDFKit.PDFDocument, table: ReportTable): void {
  const w = contentWidth(pdf);
  const weights = table.columns.map((c) => c.weight ?? (c.kind === 'text' ? 2 : 1));
  const sum = weights.reduce((a, b) => a + b, 0);
  const widths = weights.map((x) => (x / sum) * w);
  const header = () => {
    drawRow(
      pdf,
      widths,
      table.columns.map((c) => c.label),
      table.columns.map(() => 'center'),
      { fill: HEAD_FILL },
    );
  };
  header();
  if (table.rows.length === 0) {
    drawRow(pdf, [w], ['該当なし'], ['center'], {});
    return;
  }
  table.rows.forEach((row, i) => {
    if (pdf.y + ROW_H > bottom(pdf)) {
      pdf.addPage();
      pdf.y = MARGIN;
      header();
    }
    const isTotal = table.total === true && i === table.rows.length - 1;
    drawRow(
      pdf,
      widths,
      row.map((v, j) => formatCell(v, table.columns[j].kind)),
      table.columns.map((c) => (c.kind === 'text' ? 'left' : 'right')),
      isTotal ? { fill: '#f3f4f6', ruleAbove: true } : {},
    );
  });
}

function drawRow(
  pdf: PDFKit.PDFDocument,
  widths: number[],
  cells: string[],
  align: ('left' | 'right' | 'center')[],
  style: { fill?: string; ruleAbove?: boolean },
): void {
  const top = pdf.y;
  let x = MARGIN;
  pdf.fontSize(8.5);
  const height = Math.max(ROW_H, ...cells.map((c, i) => pdf.heightOfString(c, { width: widths[i] - 8 }) + 7));
  widths.forEach((cw, i) => {
    if (style.fill) pdf.rect(x, top, cw, height).fill(style.fill);
    pdf.rect(x, top, cw, height).lineWidth(0.5).strokeColor(RULE).stroke();
    pdf.fillColor(INK).text(cells[i] ?? '', x + 4, top + 4, { width: cw - 8, align: align[i], lineBreak: true });
    x += cw;
  });
  if (style.ruleAbove) {
    pdf.moveTo(MARGIN, top).lineTo(x, top).lineWidth(1.2).strokeColor(INK).stroke();
  }
  pdf.y = top + height;
}

function notes(pdf: PDFKit.PDFDocument, lines: string[]): void {
  ensureSpace(pdf, 20 + lines.length * 12);
  pdf.fontSize(9).fillColor(INK).text('注記', MARGIN, pdf.y);
  pdf.fontSize(8).fillColor('#444');
  for (const line of lines) pdf.text(`・${line}`, MARGIN + 6, pdf.y + 2, { width: contentWidth(pdf) - 6 });
  pdf.fillColor(INK);
}

function footer(pdf: PDFKit.PDFDocument, doc: ReportDocument): void {
  const range = pdf.bufferedPageRange();
  for (let i = range.start; i < range.start + range.count; i++) {
    pdf.switchToPage(i);
    // The footer sits in the bottom margin; without this pdfkit would start a new page for it.
    pdf.page.margins.bottom = 0;
    const y = pdf.page.height - MARGIN + 4;
    pdf
      .fontSize(7.5)
      .fillColor('#777')
      .text(`${doc.title}　${doc.scopeLabel}`, MARGIN, y, { width: contentWidth(pdf) / 2, lineBreak: false });
    pdf.text(`${i + 1} / ${range.count}`, MARGIN + contentWidth(pdf) / 2, y, {
      width: contentWidth(pdf) / 2,
      align: 'right',
      lineBreak: false,
    });
  }
}

/**
 * Renders a small throwaway report (a line and a bar chart, a table) so that pdfkit, svg-to-pdfkit
 * and ECharts are loaded, the font file read and the drawing code compiled before the first real
 * report is asked for (the worker does this at start; the API never loads them).
 */
export async function warmPdfRenderer(): Promise<void> {
  const chart = (kind: 'line' | 'bar') => ({
    kind,
    categories: ['4月', '5月', '6月'],
    series: [{ name: '入居率', data: [80, 85.5, 90] }],
    unit: '%',
  });
  const table = {
    columns: [
      { label: '月', kind: 'text' as const },
      { label: '件数', kind: 'integer' as const },
    ],
    rows: [
      ['4月', 1],
      ['合計', 1],
    ],
    total: true,
  };
  await renderPdf(
    {
      title: '準備',
      titleEn: 'warm-up',
      facilityName: 'Tamago',
      scopeLabel: '2026年度',
      asOf: '2026-04-30',
      generatedAt: new Date(),
      summary: [{ label: '入居企業数', value: '1社' }],
      sections: [
        { key: 'line', heading: '推移', chart: chart('line'), table },
        { key: 'bar', heading: '電力', chart: chart('bar'), table },
      ],
      notes: ['準備'],
      fileStem: 'warm-up',
    },
    'Asia/Tokyo',
  );
}
