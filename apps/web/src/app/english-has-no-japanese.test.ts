import { describe, expect, it } from 'vitest';
import { en } from './i18n-resources';

/** Kana (hiragana, katakana incl. half-width) and kanji, and the full-width forms Japanese text uses. */
const JAPANESE = /[\u3040-\u30ff\u31f0-\u31ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff00-\uffef\u3000-\u303f]/u;

/**
 * A key whose last part ends in `Ja` is marked as Japanese on purpose in both languages: a proper name or
 * the exact words a file must contain (the meter kinds of the readings CSV, a kana example of a bank
 * account holder); `ja` itself is the language switch's 日本語, the language named in its own words.
 * Everything else in English must be English.
 */
const isMarkedJapanese = (key: string) => /(^ja|Ja)$/.test(key.split('.').pop() ?? '');

function entries(value: unknown, prefix = ''): [string, string][] {
  if (typeof value === 'string') return [[prefix, value]];
  if (typeof value !== 'object' || value === null) return [];
  return Object.entries(value).flatMap(([k, v]) => entries(v, prefix ? `${prefix}.${k}` : k));
}

describe('the English messages', () => {
  it('contain no Japanese except under keys marked as Japanese (…Ja)', () => {
    const japanese = Object.entries(en).flatMap(([ns, bundle]) =>
      entries(bundle)
        .filter(([key, text]) => JAPANESE.test(text) && !isMarkedJapanese(key))
        .map(([key, text]) => `${ns}:${key} = ${text}`),
    );
    expect(japanese).toEqual([]);
  });

  it('knows Japanese when it sees it (the check itself)', () => {
    for (const s of ['入居企業', 'ひらがな', 'カタカナ', 'ｹﾝｼｮｳ', '（例）']) expect(JAPANESE.test(s)).toBe(true);
    for (const s of ['Tenants', '¥1,234', '2027-01-16', 'm²', 'Café — “quoted”']) expect(JAPANESE.test(s)).toBe(false);
  });
});
