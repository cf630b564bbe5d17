import { existsSync } from 'node:fs';
import PDFDocument from 'pdfkit';
import type { TaxSummaryEntry } from './domain';
import type { InvoiceSnapshot, SnapshotLine } from './invoice-types';

/** IPAex Gothic, embedded so the PDF shows Japanese on any reader. */
export const INVOICE_FONT_PATH = '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf';

const CATEGORY_LABEL: Record<string, string> = {
  standard: '10%対象',
  reduced: '8%対象（軽減税率）',
  exempt: '非課税',
  out_of_scope: '不課税',
};
const ACCOUNT_TYPE: Record<string, string> = { ordinary: '普通', current: '当座', savings: '貯蓄' };

const yen = (n: number) => `${n < 0 ? '-' : ''}¥${Math.abs(n).toLocaleString('en-US')}`;
const jaDate = (d: string | null) =>
  d ? `${d.slice(0, 4)}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日` : '';
const qty = (q: string) => (q.includes('.') ? q.replace(/\.?0+$/, '') : q);

/**
 * Renders a qualified invoice (適格請求書) or credit note (適格返還請求書) from its snapshot only,
 * with every item the invoice system requires. Deterministic: the metadata dates are the issue
 * date and the file ID derives from them, so the same snapshot gives the same bytes.
 */
export function renderInvoicePdf(s: InvoiceSnapshot, fontPath = INVOICE_FONT_PATH): Promise<Buffer> {
  if (!existsSync(fontPath)) {
    throw new Error(`Invoice font missing at ${fontPath}: install fonts-ipaexfont-gothic to render invoices.`);
  }
  const issued = new Date(`${s.issueDate}T00:00:00Z`);
  const title = s.title ?? (s.kind === 'credit_note' ? '適格返還請求書' : '適格請求書');
  const doc = new PDFDocument({
    size: 'A4',
    margin: 50,
    compress: true,
    info: {
      Title: `${title} ${s.number}`,
      Author: s.issuer.name,
      Creator: 'Tamago',
      Producer: 'Tamago',
      CreationDate: issued,
      ModDate: issued,
    },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (c: Buffer) => chunks.push(c));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  doc.registerFont('jp', fontPath).font('jp');
  header(doc, s, title);
  lines(doc, s.lines);
  summary(doc, s);
  footer(doc, s);
  doc.end();
  return done;
}

function header(doc: PDFKit.PDFDocument, s: InvoiceSnapshot, title: string): void {
  doc.fontSize(20).text(title, { align: 'center' }).moveDown(0.5);
  doc
    .fontSize(10)
    .text(`請求書番号: ${s.number}`, { align: 'right' })
    .text(`発行日: ${jaDate(s.issueDate)}`, { align: 'right' });
  doc
    .moveDown(0.5)
    .fontSize(14)
    .text(`${s.recipient.name} ${s.recipient.honorific ?? '御中'}`)
    .moveDown(0.5);
  doc.fontSize(10).text(`発行者: ${s.issuer.name}`);
  if (s.issuer.address) doc.text(s.issuer.address);
  if (s.issuer.phone) doc.text(`TEL ${s.issuer.phone}`);
  if (s.issuer.registrationNumber) doc.text(`登録番号: ${s.issuer.registrationNumber}`);
  doc.text(`取引期間: ${jaDate(s.periodFrom)} ～ ${jaDate(s.periodTo)}`);
  if (s.original) {
    doc.text(`対象請求書: ${s.original.number}（発行日 ${jaDate(s.original.issueDate)}）`);
    if (s.reason) doc.text(`理由: ${s.reason}`);
  }
  doc
    .moveDown(0.5)
    .fontSize(13)
    .text(`${s.kind === 'credit_note' ? '返還額' : 'ご請求金額'}（税込）: ${yen(s.total)}`);
  if (s.dueDate) doc.fontSize(10).text(`お支払期限: ${jaDate(s.dueDate)}`);
  doc.moveDown(1);
}

function lines(doc: PDFKit.PDFDocument, items: SnapshotLine[]): void {
  const row = (cells: string[]) => {
    const y = doc.y;
    doc.text(cells[0], 50, y, { width: 260 });
    const bottom = doc.y;
    doc.text(cells[1], 315, y, { width: 60, align: 'right' });
    doc.text(cells[2], 380, y, { width: 80, align: 'right' });
    doc.text(cells[3], 465, y, { width: 80, align: 'right' });
    doc.x = 50;
    doc.y = Math.max(bottom, doc.y) + 4;
  };
  doc.fontSize(9);
  row(['品目', '数量', '単価', '金額（税抜）']);
  for (const l of items) {
    const mark = l.reducedRate ? ' ※' : '';
    row([`${l.description}${mark}`, `${qty(l.quantity)}${l.unit ?? ''}`, yen(l.unitPrice), yen(l.amount)]);
  }
  if (items.some((l) => l.reducedRate)) doc.text('※は軽減税率対象品目です（※軽減税率対象）', 50);
  doc.moveDown(1);
}

function summary(doc: PDFKit.PDFDocument, s: InvoiceSnapshot): void {
  doc.fontSize(10).text('税率ごとの内訳', 50);
  s.taxSummary.forEach((e: TaxSummaryEntry) => {
    const tax = e.taxable ? `　消費税（${e.rate}%）: ${yen(e.tax)}` : '　消費税: 対象外';
    doc.text(`${CATEGORY_LABEL[e.category] ?? e.category}: ${yen(e.taxableAmount)}${tax}`);
  });
  doc.moveDown(0.5);
  doc
    .text(`小計（税抜）: ${yen(s.subtotal)}`)
    .text(`消費税合計: ${yen(s.tax)}`)
    .text(`合計（税込）: ${yen(s.total)}`);
  doc.moveDown(1);
}

function footer(doc: PDFKit.PDFDocument, s: InvoiceSnapshot): void {
  const b = s.bankAccount;
  if (!b || s.kind === 'credit_note') return;
  doc.fontSize(10).text('お振込先');
  doc.text(`${b.bankName} ${b.branchName} ${ACCOUNT_TYPE[b.accountType] ?? b.accountType} ${b.accountNumber}`);
  doc.text(`口座名義: ${b.accountHolder}`);
}
