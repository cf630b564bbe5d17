import { DomainError, ErrorCode } from '../domain-error';
import {
  corporateNumberCheckDigit,
  isValidCorporateNumber,
  isValidRegistrationNumber,
  normalizeCorporateNumber,
  normalizeRegistrationNumber,
} from './corporate-number';

function invalidField(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(DomainError);
    expect((e as DomainError).code).toBe(ErrorCode.InvalidInput);
    return (e as DomainError).details.errors?.[0]?.field;
  }
  throw new Error('expected a DomainError');
}

describe('corporateNumberCheckDigit', () => {
  it('computes the check digit of 国税庁 (7000012050002) by the published rule', () => {
    // base 000012050002, digits from the right P1..P12 = 2,0,0,0,5,0,2,1,0,0,0,0
    // Σ Pn×Qn = 2×1 + 0×2 + 0×1 + 0×2 + 5×1 + 0×2 + 2×1 + 1×2 + 0 … = 11; 11 mod 9 = 2; 9 − 2 = 7
    expect(corporateNumberCheckDigit('000012050002')).toBe(7);
  });

  it('computes the check digit of トヨタ自動車 (1180301018771)', () => {
    // base 180301018771 from the right: 1,7,7,8,1,0,1,0,3,0,8,1
    // odd n (×1): 1+7+1+1+3+8 = 21; even n (×2): (7+8+0+0+0+1)×2 = 32; Σ = 53; 53 mod 9 = 8; 9 − 8 = 1
    expect(corporateNumberCheckDigit('180301018771')).toBe(1);
  });

  it('computes the check digit of ソニーグループ (5010401067252)', () => {
    // base 010401067252 from the right: 2,5,2,7,6,0,1,0,4,0,1,0
    // odd: 2+2+6+1+4+1 = 16; even: (5+7+0+0+0+0)×2 = 24; Σ = 40; 40 mod 9 = 4; 9 − 4 = 5
    expect(corporateNumberCheckDigit('010401067252')).toBe(5);
  });

  it('gives 9, never 0, when the weighted sum is a multiple of 9', () => {
    // all zeros: Σ = 0; 0 mod 9 = 0; 9 − 0 = 9
    expect(corporateNumberCheckDigit('000000000000')).toBe(9);
    // base 000000000009: P1 = 9 ×1 = 9; 9 mod 9 = 0 → 9
    expect(corporateNumberCheckDigit('000000000009')).toBe(9);
  });

  it('weights even positions by 2', () => {
    // base 000000000010: P2 = 1 ×2 = 2 → 9 − 2 = 7 (it would be 8 with weight 1)
    expect(corporateNumberCheckDigit('000000000010')).toBe(7);
  });

  it.each(['12345678901', '1234567890123', '12345678901a', '１２３４５６７８９０１２', ''])(
    'rejects base %j',
    (base) => {
      expect(invalidField(() => corporateNumberCheckDigit(base))).toBe('corporateNumber');
    },
  );
});

describe('isValidCorporateNumber', () => {
  it.each(['7000012050002', '1180301018771', '5010401067252'])('accepts published number %s', (n) => {
    expect(isValidCorporateNumber(n)).toBe(true);
  });

  it.each([
    ['wrong check digit', '8000012050002'],
    ['transposed digits', '7000012500002'],
    ['12 digits', '700001205000'],
    ['14 digits', '70000120500020'],
    ['hyphenated', '7-0000-1205-0002'],
    ['full-width', '７００００１２０５０００２'],
    ['leading zero (check digit is never 0)', '0000012050002'],
    ['empty', ''],
  ])('rejects %s', (_label, n) => {
    expect(isValidCorporateNumber(n)).toBe(false);
  });

  it('returns false for a non-string instead of throwing', () => {
    expect(isValidCorporateNumber(7000012050002 as unknown as string)).toBe(false);
  });
});

describe('normalizeCorporateNumber', () => {
  it.each([
    ['7000012050002', '7000012050002'],
    ['７００００１２０５０００２', '7000012050002'],
    ['7-0000-1205-0002', '7000012050002'],
    [' 1180 3010 1877 1 ', '1180301018771'],
    ['５０１０４０１０６７２５２', '5010401067252'],
    ['5010−4010−6725−2', '5010401067252'],
  ])('normalises %j to %s', (input, expected) => {
    expect(normalizeCorporateNumber(input)).toBe(expected);
  });

  it('rejects a wrong check digit and says which digit is expected', () => {
    expect(() => normalizeCorporateNumber('8000012050002')).toThrow('first digit should be 7');
    expect(invalidField(() => normalizeCorporateNumber('8000012050002'))).toBe('corporateNumber');
  });

  it.each(['700001205000', 'T7000012050002', 'abc', ''])('rejects %j', (input) => {
    expect(invalidField(() => normalizeCorporateNumber(input))).toBe('corporateNumber');
  });
});

describe('registration numbers', () => {
  it('accepts T + a valid corporate number', () => {
    expect(isValidRegistrationNumber('T7000012050002')).toBe(true);
    expect(isValidRegistrationNumber('T1180301018771')).toBe(true);
  });

  it('accepts a sole proprietor number that satisfies the check digit rule', () => {
    // base 234567890123 from the right: 3,2,1,0,9,8,7,6,5,4,3,2
    // odd: 3+1+9+7+5+3 = 28; even: (2+0+8+6+4+2)×2 = 44; Σ = 72; 72 mod 9 = 0 → check 9
    expect(isValidRegistrationNumber('T9234567890123')).toBe(true);
    expect(isValidRegistrationNumber('T1234567890123')).toBe(false);
  });

  it.each(['7000012050002', 't7000012050002', 'T8000012050002', 'T700001205000', 'TT7000012050002'])(
    'rejects %s',
    (s) => {
      expect(isValidRegistrationNumber(s)).toBe(false);
    },
  );

  it('normalises typed variants to T + 13 digits', () => {
    expect(normalizeRegistrationNumber('ｔ７０００-０１２０-５０００２')).toBe('T7000012050002');
    expect(normalizeRegistrationNumber('T 1180 3010 1877 1')).toBe('T1180301018771');
  });

  it('rejects an invalid registration number naming the field', () => {
    expect(invalidField(() => normalizeRegistrationNumber('T8000012050002'))).toBe('registrationNumber');
    expect(invalidField(() => normalizeRegistrationNumber('7000012050002'))).toBe('registrationNumber');
  });
});
