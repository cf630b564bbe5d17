import { existsSync } from 'node:fs';
import type PDFKitDocument from 'pdfkit';
import type { TaxSummaryEntry } from './domain';
import type { InvoiceSnapshot, SnapshotLine } from './invoice-types';

/** IPAex Gothic, embedded so the PDF shows Japanese on any reader. */
export const INVOICE_FONT_PATH = '/usr/share/fonts/opentype/ipaexfont-gothic/ipaexg.ttf';

type Doc = PDFKit.PDFDocument;

const RATE_LABEL: Record<string, string> = {
  standard: '10%',
  reduced: '8%※',
  exempt: '非課税',
  out_of_scope: '不課税',
};
const SUMMARY_LABEL: Record<string, string> = {
  standard: '10%対象',
  reduced: '8%対象（軽減税率）',
  exempt: '非課税',
  out_of_scope: '不課税（保証金・立替金等）',
};
const ACCOUNT_TYPE: Record<string, string> = { ordinary: '普通', current: '当座', savings: '貯蓄' };

const LEFT = 40;
const RIGHT = 555;
const WIDTH = RIGHT - LEFT;
const INK = '#222222';
const RULE = '#777777';
const SHADE = '#eeeeee';
/** Item table columns: x and width. */
const COLS = {
  item: { x: LEFT, w: 245 },
  qty: { x: LEFT + 245, w: 55 },
  price: { x: LEFT + 300, w: 75 },
  amount: { x: LEFT + 375, w: 85 },
  rate: { x: LEFT + 460, w: 55 },
};

const yen = (n: number) => `${n < 0 ? '-' : ''}¥${Math.abs(n).toLocaleString('en-US')}`;
const jaDate = (d: string | null | undefined) =>
  d ? `${d.slice(0, 4)}年${Number(d.slice(5, 7))}月${Number(d.slice(8, 10))}日` : '';
const qty = (q: string) => (q.includes('.') ? q.replace(/\.?0+$/, '') : q);

/**
 * Renders an invoice (適格請求書 / 請求書) or credit note (適格返還請求書 / 返還請求書) from its
 * snapshot only, laid out as a Japanese business expects: title, recipient with 御中 or 様, the
 * issuer block (address, phone, registration number, seal), a boxed 「ご請求金額」, a ruled item
 * table naming the room on rent lines, totals and tax per rate, the transfer account, due date and
 * notes. Deterministic: the metadata dates are the issue date, so a snapshot gives the same bytes.
 */
export function renderInvoicePdf(s: InvoiceSnapshot, fontPath = INVOICE_FONT_PATH): Promise<Buffer> {
  if (!existsSync(fontPath)) {
    throw new Error(`Invoice font missing at ${fontPath}: install fonts-ipaexfont-gothic to render invoices.`);
  }
  // pdfkit (with fontkit) is loaded on the first render, not when the API or the worker starts.
  return import('pdfkit').then(({ default: PDFDocument }) => render(PDFDocument, s, fontPath));
}

function render(PDFDocument: typeof PDFKitDocument, s: InvoiceSnapshot, fontPath: string): Promise<Buffer> {
  const issued = new Date(`${s.issueDate}T00:00:00Z`);
  const title = s.title ?? (s.kind === 'credit_note' ? '適格返還請求書' : '適格請求書');
  const doc = new PDFDocument({
    size: 'A4',
    margin: LEFT,
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
  doc.registerFont('jp', fontPath).font('jp').fillColor(INK).strokeColor(RULE);
  const top = header(doc, s, title);
  let y = itemTable(doc, s, top);
  y = totals(doc, s, y);
  footer(doc, s, y);
  doc.end();
  return done;
}

/** Title, number and date, recipient, boxed total, issuer block; returns where the table starts. */
function header(doc: Doc, s: InvoiceSnapshot, title: string): number {
  const credit = s.kind === 'credit_note';
  if (s.draft) {
    doc.fontSize(9).fillColor('#b00020').text('下書き（発行前の見本・請求書番号は発行時に付番）', LEFT, 28);
    doc.fillColor(INK);
  }
  doc.fontSize(22).text(title, LEFT, 44, { width: WIDTH, align: 'center', characterSpacing: 6 });
  doc
    .moveTo(LEFT + 170, 74)
    .lineTo(RIGHT - 170, 74)
    .lineWidth(1)
    .stroke();
  doc.fontSize(9);
  doc.text(`${credit ? '返還請求書番号' : '請求書番号'}：${s.number}`, LEFT, 86, { width: WIDTH, align: 'right' });
  doc.text(`発行日：${jaDate(s.issueDate)}`, LEFT, 99, { width: WIDTH, align: 'right' });

  // Recipient, left.
  const honorific = s.recipient.honorific ?? '御中';
  doc.fontSize(14).text(`${s.recipient.name}　${honorific}`, LEFT, 124, { width: 280 });
  const under = Math.max(doc.y + 2, 144);
  doc
    .moveTo(LEFT, under)
    .lineTo(LEFT + 280, under)
    .lineWidth(0.8)
    .stroke();
  // A deposit settlement whose deposit exceeds the deductions returns money (ご返金額).
  const refund = !credit && s.total < 0;
  const lead = credit
    ? '下記のとおりご返還申し上げます。'
    : refund
      ? '保証金を下記のとおり精算し、差額をご返金申し上げます。'
      : '下記のとおりご請求申し上げます。';
  doc.fontSize(9).text(lead, LEFT, under + 8);

  // Boxed total.
  const boxY = under + 28;
  doc.rect(LEFT, boxY, 280, 44).lineWidth(1.2).stroke();
  doc.rect(LEFT, boxY, 100, 44).fillAndStroke(SHADE, INK);
  doc
    .fillColor(INK)
    .fontSize(11)
    .text(credit ? 'ご返還金額' : refund ? 'ご返金額' : 'ご請求金額', LEFT, boxY + 11, { width: 100, align: 'center' });
  doc.fontSize(8).text('（税込）', LEFT, boxY + 27, { width: 100, align: 'center' });
  doc.fontSize(18).text(yen(Math.abs(s.total)), LEFT + 105, boxY + 12, { width: 165, align: 'right' });
  let y = boxY + 52;
  doc.fontSize(9);
  if (s.dueDate) {
    doc.text(`お支払期限：${jaDate(s.dueDate)}`, LEFT, y);
    y += 13;
  }
  doc.text(`取引期間：${jaDate(s.periodFrom)} ～ ${jaDate(s.periodTo)}`, LEFT, y);
  y += 13;
  if (s.original) {
    doc.text(`対象請求書：${s.original.number}（${jaDate(s.original.issueDate)} 発行）`, LEFT, y);
    y += 13;
  }
  if (s.replaces) {
    doc.text(`本書は ${s.replaces.number}（${jaDate(s.replaces.issueDate)} 発行・取消済）に代わるものです。`, LEFT, y);
    y += 13;
  }

  // Issuer block, right, with the seal over its end.
  const ix = 330;
  const iw = RIGHT - ix - 24; // the seal sits over the right end of the block, as a 角印 does
  let iy = 124;
  doc.fontSize(10).text(s.issuer.name, ix, iy, { width: iw });
  iy = doc.y + 4;
  doc.fontSize(8.5);
  for (const text of [
    s.issuer.address,
    s.issuer.phone ? `TEL ${s.issuer.phone}` : null,
    s.issuer.registrationNumber ? `登録番号：${s.issuer.registrationNumber}` : null,
  ]) {
    if (!text) continue;
    doc.text(text, ix, iy, { width: iw });
    iy = doc.y + 2;
  }
  if (s.issuer.sealPng) {
    try {
      doc.save().opacity(0.9);
      doc.image(Buffer.from(s.issuer.sealPng, 'base64'), RIGHT - 52, 122, { width: 50, height: 50 });
      doc.restore();
    } catch {
      // A seal that cannot be decoded is left out rather than failing the document.
      doc.restore();
    }
  }
  return Math.max(y, iy) + 14;
}

/** The ruled item table; returns the y below it. */
function itemTable(doc: Doc, s: InvoiceSnapshot, top: number): number {
  const anyIncluded = s.lines.some((l) => l.taxIncluded);
  const anyExcluded = s.lines.some((l) => !l.taxIncluded);
  const amountHead = anyIncluded && anyExcluded ? '金額' : anyIncluded ? '金額（税込）' : '金額（税抜）';
  const head = (y: number) => {
    doc.rect(LEFT, y, WIDTH, 18).fillAndStroke(SHADE, RULE);
    doc.fillColor(INK).fontSize(8.5);
    cell(doc, '品目', COLS.item, y + 5, 'center');
    cell(doc, '数量', COLS.qty, y + 5, 'center');
    cell(doc, '単価', COLS.price, y + 5, 'center');
    cell(doc, amountHead, COLS.amount, y + 5, 'center');
    cell(doc, '税率', COLS.rate, y + 5, 'center');
    return y + 18;
  };
  let y = head(top);
  for (const l of s.lines) {
    const text = l.description + (l.reducedRate ? ' ※' : '');
    doc.fontSize(8.5);
    const h = Math.max(18, doc.heightOfString(text, { width: COLS.item.w - 8 }) + 8);
    if (y + h > 760) {
      doc.addPage();
      y = head(LEFT);
    }
    const mark = anyIncluded && anyExcluded ? (l.taxIncluded ? '（税込）' : '（税抜）') : '';
    doc.text(text, COLS.item.x + 4, y + 5, { width: COLS.item.w - 8 });
    cell(doc, `${qty(l.quantity)}${l.unit ?? ''}`, COLS.qty, y + 5, 'right');
    cell(doc, l.unitPriceText ? `¥${l.unitPriceText}` : yen(l.unitPrice), COLS.price, y + 5, 'right');
    cell(doc, `${yen(l.amount)}${mark}`, COLS.amount, y + 5, 'right');
    cell(doc, RATE_LABEL[l.taxCategory] ?? l.taxCategory, COLS.rate, y + 5, 'center');
    doc
      .moveTo(LEFT, y + h)
      .lineTo(RIGHT, y + h)
      .lineWidth(0.5)
      .stroke();
    y += h;
  }
  // Vertical rules of the table.
  for (const c of [COLS.qty, COLS.price, COLS.amount, COLS.rate]) {
    doc.moveTo(c.x, top).lineTo(c.x, y).lineWidth(0.5).stroke();
  }
  doc
    .rect(LEFT, top, WIDTH, y - top)
    .lineWidth(0.8)
    .stroke();
  return y + 10;
}

/** Totals and tax per rate, right-aligned under the table; returns the y below. */
function totals(doc: Doc, s: InvoiceSnapshot, top: number): number {
  const x = 300;
  const w = RIGHT - x;
  const rows: [string, string, string][] = s.taxSummary.map((e: TaxSummaryEntry) => {
    const basis = e.taxIncluded ? '税込' : '税抜';
    const amount = e.taxIncluded ? (e.grossAmount ?? e.taxableAmount + e.tax) : e.taxableAmount;
    const label = e.taxable ? `${SUMMARY_LABEL[e.category]}（${basis}）` : SUMMARY_LABEL[e.category];
    return [label, yen(amount), e.taxable ? `消費税 ${yen(e.tax)}` : '消費税 対象外'];
  });
  let y = top;
  if (y + 18 * (rows.length + 3) > 780) {
    doc.addPage();
    y = LEFT;
  }
  doc.fontSize(8.5);
  const line = (cells: [string, string, string], shade = false, bold = false) => {
    if (shade) doc.rect(x, y, w, 18).fillAndStroke(SHADE, RULE).fillColor(INK);
    else doc.rect(x, y, w, 18).lineWidth(0.5).stroke();
    doc.fontSize(bold ? 10 : 8.5);
    doc.text(cells[0], x + 4, y + 5, { width: 120 });
    doc.text(cells[1], x + 120, y + 5, { width: 60, align: 'right' });
    doc.text(cells[2], x + 185, y + 5, { width: w - 189, align: 'right' });
    y += 18;
  };
  for (const r of rows) line(r);
  line(['小計（税抜）', yen(s.subtotal), ''], true);
  line(['消費税合計', '', yen(s.tax)], true);
  const totalLabel = s.kind === 'credit_note' ? '返還額合計（税込）' : s.total < 0 ? 'ご返金額' : '合計（税込）';
  line([totalLabel, '', yen(s.total < 0 && s.kind !== 'credit_note' ? -s.total : s.total)], true, true);
  return y + 12;
}

/** Transfer account and notes. */
function footer(doc: Doc, s: InvoiceSnapshot, top: number): void {
  const credit = s.kind === 'credit_note';
  let y = top;
  if (y > 700) {
    doc.addPage();
    y = LEFT;
  }
  const b = s.bankAccount;
  const showAccount = b !== null && s.kind !== 'credit_note' && s.total > 0;
  if (b && showAccount) {
    doc.rect(LEFT, y, 250, 62).lineWidth(0.8).stroke();
    doc.rect(LEFT, y, 250, 16).fillAndStroke(SHADE, RULE);
    doc
      .fillColor(INK)
      .fontSize(8.5)
      .text('お振込先', LEFT + 6, y + 4);
    doc.text(`${b.bankName}　${b.branchName}`, LEFT + 6, y + 21, { width: 238 });
    doc.text(`${ACCOUNT_TYPE[b.accountType] ?? b.accountType}預金　${b.accountNumber}`, LEFT + 6, y + 33);
    doc.text(`口座名義：${b.accountHolder}`, LEFT + 6, y + 45, { width: 238 });
  }
  const notes: string[] = [];
  if (s.lines.some((l) => l.reducedRate)) notes.push('※軽減税率対象：※印の品目は軽減税率（8%）の対象です。');
  if (s.dueDate) notes.push(`お支払期限（${jaDate(s.dueDate)}）までにお振込みください。振込手数料はご負担ください。`);
  if (s.reason) notes.push(s.kind === 'credit_note' ? `返還理由：${s.reason}` : s.reason);
  if (!credit && s.total < 0) notes.push('ご返金額は、ご指定の口座へお振込みいたします。');
  if (notes.length === 0) return;
  const nx = showAccount ? LEFT + 262 : LEFT;
  const nw = RIGHT - nx;
  doc.fontSize(8.5).text('備考', nx, y + 2);
  doc.fontSize(8).text(notes.join('\n'), nx, y + 16, { width: nw, lineGap: 2 });
}

function cell(
  doc: Doc,
  text: string,
  col: { x: number; w: number },
  y: number,
  align: 'left' | 'right' | 'center',
): void {
  doc.text(text, col.x + 4, y, { width: col.w - 8, align, lineBreak: false });
}

export type { SnapshotLine };
