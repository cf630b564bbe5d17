export {
  corporateNumberCheckDigit,
  isValidCorporateNumber,
  isValidRegistrationNumber,
  normalizeCorporateNumber,
  normalizeRegistrationNumber,
} from './corporate-number';
export {
  isFullWidthKatakana,
  isZenginText,
  normalizeKanaForMatching,
  toFullWidthKatakana,
  toHalfWidthKana,
} from './kana';
