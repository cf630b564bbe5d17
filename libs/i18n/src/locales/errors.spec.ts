import { en } from './en';
import { ja } from './ja';
import { translate } from '../translator';

/** The names of the `{{placeholders}}` of a message (`{{amount, number}}` counts as `amount`). */
const placeholders = (message: string): string[] =>
  [...new Set([...message.matchAll(/\{\{\s*([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1]))].sort();

type Messages = Record<string, Record<string, string>>;

describe('messages of domain errors (errors.<context>.<reason>)', () => {
  const jaErrors = ja.errors as unknown as Messages;
  const enErrors = en.errors as unknown as Messages;
  const reasons = Object.entries(jaErrors).flatMap(([context, messages]) =>
    Object.keys(messages).map((name) => `${context}.${name}`),
  );

  it('has the same reasons in Japanese and English', () => {
    const enReasons = Object.entries(enErrors).flatMap(([context, messages]) =>
      Object.keys(messages).map((name) => `${context}.${name}`),
    );
    expect(enReasons.sort()).toEqual([...reasons].sort());
    expect(reasons.length).toBeGreaterThan(400);
  });

  it.each(reasons)('%s has a ja and an en message with the same placeholders', (reason) => {
    const [context, name] = reason.split('.');
    const jaMessage = jaErrors[context][name];
    const enMessage = enErrors[context][name];
    expect(jaMessage.trim()).not.toBe('');
    expect(enMessage.trim()).not.toBe('');
    expect([reason, placeholders(jaMessage)]).toEqual([reason, placeholders(enMessage)]);
  });

  it('writes Japanese in Japanese: no English sentence slipped into the ja catalogue', () => {
    const english = reasons.filter((reason) => {
      const [context, name] = reason.split('.');
      return !/[\u3040-\u30ff\u4e00-\u9fff]/.test(jaErrors[context][name]);
    });
    expect(english).toEqual([]);
  });

  it('fills in the params, with yen amounts as ¥1,234', () => {
    expect(translate('ja', 'errors.billing.invoiceAlreadyVoid', { invoiceNumber: 'INV-2027-0001' })).toBe(
      '請求書 INV-2027-0001 はすでに無効になっています。',
    );
    expect(translate('ja', 'errors.billing.refundExceedsPaid', { refund: 12345, amountPaid: 1000 })).toBe(
      '返金額 ¥12,345 が入金済みの ¥1,000 を超えています。',
    );
    expect(translate('en', 'errors.billing.refundExceedsPaid', { refund: 12345, amountPaid: 1000 })).toBe(
      'A refund of 12345 yen exceeds the 1000 yen paid.',
    );
  });
});
