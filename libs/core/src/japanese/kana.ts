import jaconv from 'jaconv';
import { DomainError } from '../domain-error';
import { BRACKETED_KANJI_ABBREVIATIONS, LEGAL_FORMS } from './legal-forms';
import { CoreError } from '../errors';

/**
 * Small kana → large kana. Unicode normalisation keeps small kana distinct and jaconv only
 * changes width, so this fold is written by hand. Banks store names with large kana only
 * (a payer typed as ｷﾔﾉﾝ, not ｷｬﾉﾝ), so both the Zengin encoder and the matcher need it.
 */
const SMALL_TO_LARGE_FULL: Readonly<Record<string, string>> = {
  ァ: 'ア',
  ィ: 'イ',
  ゥ: 'ウ',
  ェ: 'エ',
  ォ: 'オ',
  ッ: 'ツ',
  ャ: 'ヤ',
  ュ: 'ユ',
  ョ: 'ヨ',
  ヮ: 'ワ',
  ヵ: 'カ',
  ヶ: 'ケ',
  // Obsolete kana that half-width sets lack: banks print ｲ and ｴ for them.
  ヰ: 'イ',
  ヱ: 'エ',
};
const SMALL_TO_LARGE_HALF: Readonly<Record<string, string>> = {
  ｧ: 'ｱ',
  ｨ: 'ｲ',
  ｩ: 'ｳ',
  ｪ: 'ｴ',
  ｫ: 'ｵ',
  ｬ: 'ﾔ',
  ｭ: 'ﾕ',
  ｮ: 'ﾖ',
  ｯ: 'ﾂ',
};

/**
 * Characters a Zengin name field may hold (全銀協 振込許容文字): digits, upper-case letters,
 * large half-width kana with ﾞ and ﾟ, space and ( ) - . , / ｢ ｣. The ¥ sign is allowed
 * by the standard but shares byte 0x5C with the backslash, so it is left out on purpose.
 */
const ZENGIN_TEXT = /^[0-9A-Z \uFF66\uFF71-\uFF9F().,\-/\uFF62\uFF63]*$/;

const FULL_WIDTH_KATAKANA = /^[\u30A1-\u30FE\u3000 ]+$/;
const HALF_WIDTH_KANA_RUN = /[\uFF61-\uFF9F]+/g;

/** True when s is non-empty full-width katakana; ー, ・ and full-width or ASCII spaces allowed. */
export function isFullWidthKatakana(s: string): boolean {
  return typeof s === 'string' && FULL_WIDTH_KATAKANA.test(s) && /[\u30A1-\u30FA]/.test(s);
}

/**
 * Half-width kana → full-width (ｶﾞ → ガ, ｰ → ー) and hiragana → katakana; everything else
 * is left alone. NFKC is applied only to runs of half-width kana, where it is exactly the
 * width fold, so that e.g. full-width letters or ① elsewhere are not rewritten.
 */
export function toFullWidthKatakana(s: string): string {
  assertString(s, 'kana');
  const katakana = jaconv.toKatakana(foldSpacingVoicedMarks(s).normalize('NFC'));
  return katakana.replace(HALF_WIDTH_KANA_RUN, (run) => run.normalize('NFKC'));
}

/**
 * Converts a name to the form Zengin files use: half-width kana with large kana only,
 * upper-case ASCII, ー → "-" and ・ → "." as banks convert them. Throws InvalidInput naming
 * `field` when a character cannot be written in a Zengin name (kanji, &, @ …).
 */
export function toHalfWidthKana(s: string, field = 'kana'): string {
  assertString(s, field);
  const katakana = jaconv.toKatakana(foldSpacingVoicedMarks(s).normalize('NFC'));
  const half = jaconv
    .toHan(katakana)
    .toUpperCase()
    .replace(/[ｧ-ｯ]/g, (c) => SMALL_TO_LARGE_HALF[c] ?? c)
    .replace(/[ｰ\u2010-\u2015\u2212]/g, '-')
    .replace(/･/g, '.');
  const bad = [...half].find((c) => !ZENGIN_TEXT.test(c));
  if (bad !== undefined) {
    throw DomainError.invalid(
      CoreError.NotZenginCharacters,
      field,
      `"${bad}" cannot be written in a Zengin (bank) name; use katakana, A-Z, 0-9 and ( ) - . , /.`,
      { bad },
    );
  }
  return half;
}

/** True when s contains only characters allowed in a Zengin name field (see toHalfWidthKana). */
export function isZenginText(s: string): boolean {
  return typeof s === 'string' && ZENGIN_TEXT.test(s);
}

/**
 * Folds a name for payment matching: width, hiragana/katakana, small kana, case, spaces and
 * punctuation (ー included) are removed, and legal-form words and their bank abbreviations
 * (株式会社, ｶ), (ｶ, (ｶ) …) are stripped. "ｹﾝｼｮｳｾｲｷ(ｶ" and "ケンショウセイキ" fold to the same key.
 */
export function normalizeKanaForMatching(s: string): string {
  assertString(s, 'kana');
  // NFKC folds width and composes voiced marks (ｶﾞ → ガ, ｳﾞ → ヴ) and turns ㈱ into (株).
  const folded = jaconv
    .toKatakana(foldSpacingVoicedMarks(s).normalize('NFKC'))
    .replace(/[ァィゥェォッャュョヮヵヶヰヱ]/g, (c) => SMALL_TO_LARGE_FULL[c] ?? c)
    .toUpperCase()
    .replace(/\s/g, '');
  return stripLegalForms(folded).replace(/[\p{P}\p{S}ー]/gu, '');
}

/** Legal forms as folded keys, longest first so 一般社団法人 wins over 社団法人. */
const WORDS: readonly string[] = LEGAL_FORMS.flatMap((f) => f.words)
  .map(foldWord)
  .sort((a, b) => b.length - a.length);
const ABBREVIATIONS: readonly string[] = LEGAL_FORMS.flatMap((f) => f.abbreviations).map(foldWord);

function stripLegalForms(name: string): string {
  let current = name;
  for (let pass = 0; pass < 4; pass++) {
    const next = stripOnce(current);
    if (next === current) return current;
    current = next;
  }
  return current;
}

function stripOnce(name: string): string {
  let out = name;
  for (const k of BRACKETED_KANJI_ABBREVIATIONS) out = out.split(`(${k})`).join('');
  for (const a of ABBREVIATIONS) {
    out = out.split(`(${a})`).join('');
    if (out.startsWith(`${a})`)) out = out.slice(a.length + 1);
    if (out.endsWith(`(${a}`)) out = out.slice(0, -(a.length + 1));
  }
  for (const w of WORDS) {
    if (out.startsWith(w)) out = out.slice(w.length);
    if (out.endsWith(w)) out = out.slice(0, -w.length);
  }
  return out;
}

/** Folds a table word exactly like input is folded, minus the legal-form step itself. */
function foldWord(word: string): string {
  return word
    .normalize('NFKC')
    .replace(/[ァィゥェォッャュョヮヵヶヰヱ]/g, (c) => SMALL_TO_LARGE_FULL[c] ?? c)
    .toUpperCase();
}

/** The spacing marks ゛ ゜ (U+309B/C) become combining marks so NFC/NFKC can compose カ゛ → ガ. */
function foldSpacingVoicedMarks(s: string): string {
  return s.replace(/\u309B/g, '\u3099').replace(/\u309C/g, '\u309A');
}

function assertString(s: unknown, field: string): asserts s is string {
  if (typeof s !== 'string')
    throw DomainError.invalid(CoreError.NotString, field, `${field} must be a string.`, { field });
}
