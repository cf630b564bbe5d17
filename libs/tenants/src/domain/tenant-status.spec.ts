import { DomainError, ErrorCode } from '@tamago/core';
import {
  allowedTenantTransitions,
  assertTenantTransition,
  isTerminalTenantStatus,
  parseTenantStatus,
  TENANT_STATUSES,
  type TenantStatus,
} from './tenant-status';

function caught(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

const LEGAL: [TenantStatus, TenantStatus][] = [
  ['applicant', 'screening'],
  ['applicant', 'withdrawn'],
  ['screening', 'approved'],
  ['screening', 'rejected'],
  ['screening', 'withdrawn'],
  ['approved', 'active'],
  ['approved', 'withdrawn'],
  ['active', 'graduated'],
  ['active', 'withdrawn'],
];

describe('tenant status transitions', () => {
  it.each(LEGAL)('%s → %s is allowed', (from, to) => {
    expect(() => assertTenantTransition(from, to)).not.toThrow();
  });

  it('allows exactly the listed steps and nothing else', () => {
    for (const from of TENANT_STATUSES) {
      for (const to of TENANT_STATUSES) {
        const legal = LEGAL.some(([f, t]) => f === from && t === to);
        if (legal) continue;
        expect(caught(() => assertTenantTransition(from, to)).code).toBe(ErrorCode.Conflict);
      }
    }
    expect(TENANT_STATUSES.flatMap((s) => allowedTenantTransitions(s)).length).toBe(LEGAL.length);
  });

  it.each([
    ['applicant', 'active'],
    ['applicant', 'approved'],
    ['screening', 'active'],
    ['approved', 'graduated'],
    ['active', 'screening'],
    ['rejected', 'screening'],
    ['active', 'active'],
  ] as [TenantStatus, TenantStatus][])('%s → %s is refused with the allowed steps', (from, to) => {
    const error = caught(() => assertTenantTransition(from, to));
    expect(error.code).toBe(ErrorCode.Conflict);
    expect(error.message).toContain(`'${from}'`);
    expect(error.message).toContain(`'${to}'`);
    expect(error.details.extra).toEqual({ from, to, allowed: [...allowedTenantTransitions(from)] });
  });

  it('names the allowed next statuses in the message', () => {
    expect(caught(() => assertTenantTransition('screening', 'active')).message).toBe(
      "A tenant cannot go from 'screening' to 'active'. Allowed next: approved, rejected, withdrawn.",
    );
  });

  it.each(['graduated', 'withdrawn', 'rejected'] as TenantStatus[])('%s is terminal', (status) => {
    expect(isTerminalTenantStatus(status)).toBe(true);
    expect(allowedTenantTransitions(status)).toEqual([]);
    const error = caught(() => assertTenantTransition(status, 'active'));
    expect(error.message).toContain(`'${status}' is final`);
    expect(error.details.extra?.allowed).toEqual([]);
  });

  it.each(['applicant', 'screening', 'approved', 'active'] as TenantStatus[])('%s is not terminal', (status) => {
    expect(isTerminalTenantStatus(status)).toBe(false);
  });

  it('refuses unknown statuses as invalid input', () => {
    const bad = caught(() => assertTenantTransition('active', 'alumni' as TenantStatus));
    expect(bad.code).toBe(ErrorCode.InvalidInput);
    expect(bad.details.errors?.[0].field).toBe('status');
    expect(caught(() => allowedTenantTransitions('nope' as TenantStatus)).details.errors?.[0].field).toBe('from');
    expect(caught(() => parseTenantStatus(3, 'newStatus')).details.errors?.[0].field).toBe('newStatus');
    expect(parseTenantStatus('approved')).toBe('approved');
  });
});
