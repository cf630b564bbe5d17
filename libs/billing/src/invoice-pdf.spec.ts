import { execFileSync } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { inflateSync } from 'node:zlib';
import { sampleSnapshot } from './invoice-pdf.sample';
import { renderInvoicePdf } from './invoice-pdf';
import type { InvoiceSnapshot } from './invoice-types';

const snapshot: InvoiceSnapshot = {
  version: 1,
  kind: 'invoice',
  number: 'INV-202704-00001',
  issueDate: '2027-04-01',
  dueDate: '2027-04-30',
  period: '2027-04',
  periodFrom: '2027-04-01',
  periodTo: '2027-04-30',
  issuer: { name: '施設', registrationNumber: 'T7000012050002' },
  recipient: { name: 'テスト株式会社' },
  lines: [
    {
      description: '賃料',
      quantity: '1.000',
      unit: '式',
      unitPrice: 315,
      amount: 315,
      taxCategory: 'standard',
      reducedRate: false,
    },
  ],
  taxSummary: [{ category: 'standard', rate: 10, taxableAmount: 315, tax: 31, taxable: true }],
  subtotal: 315,
  tax: 31,
  total: 346,
  bankAccount: null,
  original: null,
  reason: null,
};

describe('renderInvoicePdf', () => {
  it('gives the same bytes for the same snapshot, with the issue date as creation date', async () => {
    const a = await renderInvoicePdf(snapshot);
    const b = await renderInvoicePdf(snapshot);
    expect(Buffer.compare(a, b)).toBe(0);
    expect(a.subarray(0, 5).toString()).toBe('%PDF-');
    expect(a.toString('latin1')).toContain('D:20270401000000Z');
    const c = await renderInvoicePdf({ ...snapshot, total: 347 });
    expect(Buffer.compare(a, c)).not.toBe(0);
  });

  it('embeds the font and draws text (content streams inflate)', async () => {
    const pdf = (await renderInvoicePdf(snapshot)).toString('latin1');
    expect(pdf).toContain('/FontFile2');
    const streams = [...pdf.matchAll(/stream\r?\n([\s\S]*?)\r?\nendstream/g)].map((m) => {
      try {
        return inflateSync(Buffer.from(m[1], 'latin1')).toString('latin1');
      } catch {
        return '';
      }
    });
    expect(streams.some((s) => s.includes('Tj') || s.includes('TJ'))).toBe(true);
  });

  it('fails clearly when the font is missing', () => {
    expect(() => renderInvoicePdf(snapshot, '/nonexistent/font.ttf')).toThrow(/Invoice font missing/);
  });
});

describe('renderInvoicePdf layout (rendered to PNG and looked at)', () => {
  const render = async (name: string, s: InvoiceSnapshot): Promise<string> => {
    const dir = join(__dirname, '..', '..', '..', 'test-artifacts', 'invoices');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, `${name}.pdf`), await renderInvoicePdf(s));
    execFileSync('pdftoppm', [
      '-png',
      '-r',
      '100',
      '-f',
      '1',
      '-l',
      '1',
      '-singlefile',
      join(dir, `${name}.pdf`),
      join(dir, name),
    ]);
    // Text as a reader searches it: whitespace (pdftotext's layout padding, 全角 spaces) removed.
    return execFileSync('pdftotext', [join(dir, `${name}.pdf`), '-'], { encoding: 'utf8' }).replace(/[\s\u3000]+/g, '');
  };
  const squeeze = (x: string) => x.replace(/[\s\u3000]+/g, '');

  it('a qualified invoice reads as a Japanese invoice', async () => {
    const text = await render('sample-invoice', sampleSnapshot());
    for (const part of [
      '適格請求書',
      '株式会社ケンショウ精機　御中',
      'ご請求金額',
      '¥492,374',
      '登録番号：T7000012050002',
      '東京都千代田区丸の内1-1-1',
      'TEL 03-1234-5678',
      '賃料 A-101 2027年1月分',
      '賃料 B-202 2027年1月分',
      '10%対象（税抜）',
      '8%対象（軽減税率）（税抜）',
      '不課税（保証金・立替金等）',
      '消費税 ¥17,382',
      'お振込先',
      'お支払期限：2027年1月4日',
      '※印は軽減税率（8%）対象です。',
    ]) {
      expect([part, text.includes(squeeze(part))]).toEqual([part, true]);
    }
  });

  it('a credit note names the invoice it corrects; a reissue the one it replaces; a person is 様', async () => {
    const credit = await render(
      'sample-credit-note',
      sampleSnapshot({
        kind: 'credit_note',
        title: '適格返還請求書',
        number: 'INV-202612-00050',
        dueDate: null,
        recipient: { name: '山田 太郎', honorific: '様' },
        lines: [
          {
            ...sampleSnapshot().lines[0],
            description: '賃料 A-101 2027年1月分 減額',
            amount: -10_000,
            unitPrice: -10_000,
          },
        ],
        taxSummary: [{ category: 'standard', rate: 10, taxableAmount: -10_000, tax: -1_000, taxable: true }],
        subtotal: -10_000,
        tax: -1_000,
        total: -11_000,
        original: { number: 'INV-202612-00042', issueDate: '2026-12-15' },
        reason: '空調停止による賃料減額',
      }),
    );
    expect(credit).toContain(squeeze('適格返還請求書'));
    expect(credit).toContain(squeeze('山田 太郎　様'));
    expect(credit).toContain(squeeze('対象請求書：INV-202612-00042（2026年12月15日 発行）'));
    expect(credit).toContain(squeeze('返還理由：空調停止による賃料減額'));
    const reissue = await render(
      'sample-reissue',
      sampleSnapshot({ replaces: { number: 'INV-202612-00041', issueDate: '2026-12-15' } }),
    );
    expect(reissue).toContain(squeeze('INV-202612-00041（2026年12月15日 発行・取消済）に代わるものです'));
  });

  it('tax-included lines and a non-registered issuer', async () => {
    const text = await render(
      'sample-tax-included-not-registered',
      sampleSnapshot({
        title: '請求書',
        qualified: false,
        issuer: { ...sampleSnapshot().issuer, registrationNumber: null },
        lines: [
          {
            ...sampleSnapshot().lines[0],
            description: '施設使用料 A-101 2027年1月分（条例額）',
            amount: 11_000,
            unitPrice: 11_000,
            taxIncluded: true,
          },
        ],
        taxSummary: [
          {
            category: 'standard',
            rate: 10,
            taxableAmount: 10_000,
            tax: 1_000,
            taxable: true,
            taxIncluded: true,
            grossAmount: 11_000,
          },
        ],
        subtotal: 10_000,
        tax: 1_000,
        total: 11_000,
      }),
    );
    expect(text).not.toContain(squeeze('適格'));
    expect(text).not.toContain(squeeze('登録番号'));
    expect(text).toContain(squeeze('10%対象（税込）'));
    expect(text).toContain(squeeze('金額（税込）'));
  });
});
