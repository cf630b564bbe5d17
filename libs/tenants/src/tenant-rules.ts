import {
  DomainError,
  isFullWidthKatakana,
  normalizeCorporateNumber,
  parseIsoDate,
  toFullWidthKatakana,
} from '@tamago/core';
import { assertTenantIdentity, type TenantKind, type TenantStatus } from './domain';
import { TenantsError } from './errors';

/** Kana names are stored full-width; half-width and hiragana input is folded first. Anything else is refused. */
export function normalizeNameKana(value: string, field = 'nameKana'): string {
  const folded = toFullWidthKatakana(value.trim());
  if (!isFullWidthKatakana(folded)) {
    throw DomainError.invalid(
      TenantsError.NotKatakana,
      field,
      `${field} must be written in katakana (e.g. タマゴショウジ); "${value}" is not.`,
      { field, value },
      'notKatakana',
    );
  }
  return folded;
}

/** Normalises the corporate number (full-width digits, hyphens) and checks it against the kind and status. */
export function checkIdentity(
  kind: TenantKind,
  status: TenantStatus,
  fields: { corporateNumber?: string | null; tradeName?: string | null },
): string | null {
  const raw = fields.corporateNumber;
  const corporateNumber = raw === undefined || raw === null || raw.trim() === '' ? null : normalizeCorporateNumber(raw);
  assertTenantIdentity(kind, status, {
    corporateNumber,
    tradeName: fields.tradeName,
  });
  return corporateNumber;
}

/** Validates an optional calendar date (null clears it). */
export function optionalDate(value: string | null | undefined, field: string): string | null | undefined {
  if (value === undefined || value === null) return value;
  return parseIsoDate(value, field);
}
