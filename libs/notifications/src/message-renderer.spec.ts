import { catalogueKeys, formatParam, renderMessage } from './message-renderer';

describe('notification messages', () => {
  it('have the same keys in Japanese and English', () => {
    expect(catalogueKeys('en')).toEqual(catalogueKeys('ja'));
  });

  it('format dates and yen per language', () => {
    expect(formatParam('dueDate', '2027-01-16', 'ja')).toBe('2027年1月16日');
    expect(formatParam('dueDate', '2027-01-16', 'en')).toBe('16 Jan 2027');
    expect(formatParam('amount', 1234, 'ja')).toBe('¥1,234');
    expect(formatParam('invoiceNumber', 'INV-1', 'en')).toBe('INV-1');
  });

  it('render a subject, a plain-text part and an HTML part with the same words, escaped', async () => {
    const m = await renderMessage('invoice_due', 'ja', {
      name: '山田 <太郎>',
      facilityName: 'みなと',
      invoiceNumber: 'INV-2027-0001',
      amount: 54321,
      dueDate: '2027-01-31',
    });
    expect(m.subject).toBe('【みなと】お支払期限のお知らせ（INV-2027-0001）');
    expect(m.text).toContain('山田 <太郎> 様');
    expect(m.text).toContain('ご請求金額 ¥54,321');
    expect(m.text).toContain('2027年1月31日');
    expect(m.html).toContain('山田 &#60;太郎&#62; 様');
    expect(m.html).toContain('¥54,321');
    const en = await renderMessage('invoice_due', 'en', {
      name: 'Ann',
      facilityName: 'Minato',
      invoiceNumber: 'X',
      amount: 1,
      dueDate: '2027-01-31',
    });
    expect(en.text).toContain('is due on 31 Jan 2027');
  });
});
