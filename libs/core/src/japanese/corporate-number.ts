import { DomainError } from '../domain-error';
import { CoreError } from '../errors';

/** Full-width digits (０-９) are what people paste from PDFs and web forms. */
const FULL_WIDTH_DIGIT = /[\uFF10-\uFF19]/g;
/** Separators people type inside numbers: ASCII/full-width hyphens, minus signs, spaces. */
const SEPARATORS = /[\s\u3000\-\u2010-\u2015\u2212\uFF0D\u30FC]/g;

/**
 * Check digit of a corporate number (法人番号) from its 12-digit base.
 * Rule (法人番号の指定等に関する省令): number the base digits P1..P12 from the right;
 * check = 9 − (Σ Pn × Qn mod 9), Qn = 1 for odd n, 2 for even n. The result is 1..9.
 */
export function corporateNumberCheckDigit(base12: string): number {
  if (!/^\d{12}$/.test(base12)) {
    throw DomainError.invalid(
      CoreError.CorporateNumberBaseLength,
      'corporateNumber',
      'The base of a corporate number must be exactly 12 digits.',
    );
  }
  let sum = 0;
  for (let n = 1; n <= 12; n++) {
    const digit = base12.charCodeAt(12 - n) - 48;
    sum += digit * (n % 2 === 1 ? 1 : 2);
  }
  return 9 - (sum % 9);
}

/** True when s is exactly 13 ASCII digits whose first digit is the correct check digit. */
export function isValidCorporateNumber(s: string): boolean {
  if (typeof s !== 'string' || !/^\d{13}$/.test(s)) return false;
  return corporateNumberCheckDigit(s.slice(1)) === s.charCodeAt(0) - 48;
}

/**
 * Normalises user input to 13 ASCII digits: full-width digits become ASCII, hyphens and
 * spaces are removed; throws InvalidInput (field `corporateNumber`) when the result is not
 * a valid corporate number.
 */
export function normalizeCorporateNumber(input: string): string {
  if (typeof input !== 'string') {
    throw DomainError.invalid(
      CoreError.CorporateNumberNotText,
      'corporateNumber',
      'A corporate number must be a string of 13 digits.',
    );
  }
  const digits = toAsciiDigits(input).replace(SEPARATORS, '');
  if (!/^\d{13}$/.test(digits)) {
    throw DomainError.invalid(
      CoreError.CorporateNumberLength,
      'corporateNumber',
      `A corporate number has 13 digits; "${input}" does not.`,
      { input },
      'pattern',
    );
  }
  if (!isValidCorporateNumber(digits)) {
    throw DomainError.invalid(
      CoreError.CorporateNumberCheckDigit,
      'corporateNumber',
      `Corporate number ${digits} has a wrong check digit (first digit should be ${corporateNumberCheckDigit(digits.slice(1))}).`,
      { digits, expected: corporateNumberCheckDigit(digits.slice(1)) },
      'checkDigit',
    );
  }
  return digits;
}

/**
 * True for a qualified-invoice registration number (適格請求書発行事業者登録番号): "T" + 13 digits
 * passing the corporate-number check digit. Corporations use T + their corporate number; sole
 * proprietors get a number from the same sequence rules, so the same check applies.
 */
export function isValidRegistrationNumber(s: string): boolean {
  return typeof s === 'string' && /^T\d{13}$/.test(s) && isValidCorporateNumber(s.slice(1));
}

/**
 * Normalises a registration number typed by a user ("ｔ-1234-5678-9012-3", full-width, spaces)
 * to "T" + 13 ASCII digits, or throws InvalidInput (field `registrationNumber`).
 */
export function normalizeRegistrationNumber(input: string): string {
  const compact = typeof input === 'string' ? toAsciiDigits(input).replace(SEPARATORS, '') : '';
  const match = /^[TtＴｔ](\d{13})$/.exec(compact);
  if (!match || !isValidCorporateNumber(match[1])) {
    throw DomainError.invalid(
      CoreError.RegistrationNumberInvalid,
      'registrationNumber',
      `A registration number is "T" followed by a valid 13-digit number; "${String(input)}" is not.`,
      { input: String(input) },
    );
  }
  return `T${match[1]}`;
}

function toAsciiDigits(s: string): string {
  return s.replace(FULL_WIDTH_DIGIT, (d) => String.fromCharCode(d.charCodeAt(0) - 0xfee0));
}
