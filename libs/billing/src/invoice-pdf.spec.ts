import { inflateSync } from 'node:zlib';
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
