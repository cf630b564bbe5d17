import { DomainError, ErrorCode } from '@tamago/core';
import {
  assertTenantIdentity,
  canHoldLease,
  corporateNumberRule,
  initialTenantStatus,
  parseTenantKind,
  requiresCorporateNumber,
  tradeNameRule,
} from './tenant-kind';

function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) {
      expect(error.code).toBe(ErrorCode.InvalidInput);
      return error.details.errors?.[0].field;
    }
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('tenant kinds', () => {
  it('only support clients cannot rent and they start active', () => {
    expect(canHoldLease('corporation')).toBe(true);
    expect(canHoldLease('sole_proprietor')).toBe(true);
    expect(canHoldLease('individual')).toBe(true);
    expect(canHoldLease('support_client')).toBe(false);
    expect(initialTenantStatus('support_client')).toBe('active');
    expect(initialTenantStatus('individual')).toBe('applicant');
  });

  it('corporate number: optional for a corporation until it enters, required from then on', () => {
    expect(corporateNumberRule('corporation', 'applicant')).toBe('optional');
    expect(corporateNumberRule('corporation', 'approved')).toBe('optional');
    expect(corporateNumberRule('corporation', 'active')).toBe('required');
    expect(corporateNumberRule('corporation', 'graduated')).toBe('required');
    expect(requiresCorporateNumber('corporation', 'active')).toBe(true);
    expect(requiresCorporateNumber('corporation', 'screening')).toBe(false);
  });

  it('corporate number: never for people, optional for support clients', () => {
    expect(corporateNumberRule('sole_proprietor', 'active')).toBe('not_allowed');
    expect(corporateNumberRule('individual', 'applicant')).toBe('not_allowed');
    expect(corporateNumberRule('support_client', 'active')).toBe('optional');
  });

  it('trade name: sole proprietors and support clients may have one', () => {
    expect(tradeNameRule('sole_proprietor')).toBe('optional');
    expect(tradeNameRule('support_client')).toBe('optional');
    expect(tradeNameRule('corporation')).toBe('not_allowed');
    expect(tradeNameRule('individual')).toBe('not_allowed');
  });

  it('refuses an unknown kind', () => {
    expect(fieldOf(() => parseTenantKind('llc'))).toBe('kind');
    expect(fieldOf(() => canHoldLease('member' as never))).toBe('kind');
  });
});

describe('assertTenantIdentity', () => {
  it('accepts the allowed combinations', () => {
    expect(() => assertTenantIdentity('corporation', 'applicant', {})).not.toThrow();
    expect(() => assertTenantIdentity('corporation', 'active', { corporateNumber: '8700110005901' })).not.toThrow();
    expect(() => assertTenantIdentity('sole_proprietor', 'active', { tradeName: 'たまご工房' })).not.toThrow();
    expect(() =>
      assertTenantIdentity('sole_proprietor', 'active', { corporateNumber: '', tradeName: null }),
    ).not.toThrow();
  });

  it('refuses a missing number for an active corporation and a number for a person', () => {
    expect(fieldOf(() => assertTenantIdentity('corporation', 'active', { corporateNumber: '  ' }))).toBe(
      'corporateNumber',
    );
    expect(fieldOf(() => assertTenantIdentity('individual', 'applicant', { corporateNumber: '8700110005901' }))).toBe(
      'corporateNumber',
    );
    expect(fieldOf(() => assertTenantIdentity('corporation', 'applicant', { tradeName: 'Brand' }))).toBe('tradeName');
    expect(fieldOf(() => assertTenantIdentity('corporation', 'applicant', { corporateNumber: 42 as never }))).toBe(
      'corporateNumber',
    );
  });
});
