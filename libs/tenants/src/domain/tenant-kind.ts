import { DomainError, requireOneOf } from '@tamago/core';
import { parseTenantStatus, type TenantStatus } from './tenant-status';
import { TenantsError } from '../errors';

/** The legal form and residency of a tenant. */
export type TenantKind = 'corporation' | 'sole_proprietor' | 'individual' | 'support_client';

/** Whether a field must, may or must not be filled for a tenant. */
export type FieldRule = 'required' | 'optional' | 'not_allowed';

/** Every tenant kind. */
export const TENANT_KINDS: readonly TenantKind[] = ['corporation', 'sole_proprietor', 'individual', 'support_client'];

// Once a corporation has entered, its registration is done and its number (法人番号) is public.
const NUMBER_REQUIRED_FROM: readonly TenantStatus[] = ['active', 'graduated'];

/** Validates a tenant kind coming from outside; InvalidInput on `field`. */
export function parseTenantKind(value: unknown, field = 'kind'): TenantKind {
  return requireOneOf(value, TENANT_KINDS, field);
}

/** Support clients are non-resident SMEs that the facility supports: they never rent a space. */
export function canHoldLease(kind: TenantKind): boolean {
  return parseTenantKind(kind) !== 'support_client';
}

/** The status a new tenant starts in: support clients skip entry screening, they rent nothing. */
export function initialTenantStatus(kind: TenantKind): TenantStatus {
  return parseTenantKind(kind) === 'support_client' ? 'active' : 'applicant';
}

/**
 * Corporate number rule. A corporation may apply while its incorporation is still being
 * registered, so the number is optional until it enters and required from then on. Sole
 * proprietors and individuals have no corporate number (and a personal My Number must never
 * be stored). A support client may be either form, so it is optional. The check digit itself
 * is validated by the corporate-number validator in @tamago/core whenever a number is given.
 */
export function corporateNumberRule(kind: TenantKind, status: TenantStatus): FieldRule {
  const k = parseTenantKind(kind);
  const s = parseTenantStatus(status);
  if (k === 'sole_proprietor' || k === 'individual') return 'not_allowed';
  if (k === 'corporation' && NUMBER_REQUIRED_FROM.includes(s)) return 'required';
  return 'optional';
}

/** True when a tenant of this kind, in this status, must have a corporate number. */
export function requiresCorporateNumber(kind: TenantKind, status: TenantStatus): boolean {
  return corporateNumberRule(kind, status) === 'required';
}

/**
 * Trade name (屋号) rule: a sole proprietor or support client may have one, never must. A
 * corporation's trade name (商号) is its legal name; an individual member has none.
 */
export function tradeNameRule(kind: TenantKind): FieldRule {
  const k = parseTenantKind(kind);
  return k === 'sole_proprietor' || k === 'support_client' ? 'optional' : 'not_allowed';
}

/** Applies the corporate-number and trade-name rules; InvalidInput on the offending field. */
export function assertTenantIdentity(
  kind: TenantKind,
  status: TenantStatus,
  fields: { corporateNumber?: string | null; tradeName?: string | null },
): void {
  checkPresence('corporateNumber', corporateNumberRule(kind, status), fields.corporateNumber, kind);
  checkPresence('tradeName', tradeNameRule(kind), fields.tradeName, kind);
}

function checkPresence(field: string, rule: FieldRule, value: unknown, kind: TenantKind): void {
  if (value !== undefined && value !== null && typeof value !== 'string') {
    throw DomainError.invalid(TenantsError.NotText, field, `${field} must be text.`, { field });
  }
  const present = typeof value === 'string' && value.trim() !== '';
  if (rule === 'required' && !present)
    throw DomainError.invalid(
      TenantsError.FieldRequiredForKind,
      field,
      `${field} is required for a ${kind} from now on.`,
      { field, kind },
    );
  if (rule === 'not_allowed' && present)
    throw DomainError.invalid(TenantsError.FieldNotForKind, field, `A ${kind} cannot have a ${field}.`, {
      kind,
      field,
    });
}
