import { formatInvoiceNumber, parseInvoiceNumberFormat } from './invoice-number';

describe('invoice numbers', () => {
  it('formats the default layout with the issue month and a padded sequence', () => {
    expect(formatInvoiceNumber('INV-{YYYY}{MM}-{SEQ:5}', 42, '2027-04-30')).toBe('INV-202704-00042');
    expect(formatInvoiceNumber('{YY}/{SEQ}', 1234567, '2031-01-05')).toBe('31/1234567');
  });

  it('refuses formats without exactly one sequence or with odd characters', () => {
    expect(() => parseInvoiceNumberFormat('INV-{YYYY}')).toThrow(/exactly once/);
    expect(() => parseInvoiceNumberFormat('{SEQ}{SEQ:3}')).toThrow(/exactly once/);
    expect(() => parseInvoiceNumberFormat('請求{SEQ}')).toThrow(/only letters/);
    expect(() => parseInvoiceNumberFormat('{SEQ:0}')).toThrow(/1 to 10/);
    expect(parseInvoiceNumberFormat('T-{SEQ:6}')).toBe('T-{SEQ:6}');
  });
});
