import { DomainError, ErrorCode } from '@tamago/core';
import {
  allowedLeaseTransitions,
  assertLeaseTransition,
  isTerminalLeaseStatus,
  LEASE_STATUSES,
  type LeaseStatus,
} from './lease-status';

function caught(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}

const LEGAL: [LeaseStatus, LeaseStatus][] = [
  ['draft', 'active'],
  ['draft', 'cancelled'],
  ['active', 'ended'],
  ['active', 'terminated'],
];

describe('lease status transitions', () => {
  it.each(LEGAL)('%s → %s is allowed', (from, to) => {
    expect(() => assertLeaseTransition(from, to)).not.toThrow();
  });

  it('refuses every other pair with Conflict and the allowed list', () => {
    let refused = 0;
    for (const from of LEASE_STATUSES) {
      for (const to of LEASE_STATUSES) {
        if (LEGAL.some(([f, t]) => f === from && t === to)) continue;
        const error = caught(() => assertLeaseTransition(from, to));
        expect(error.code).toBe(ErrorCode.Conflict);
        expect(error.details.extra).toEqual({ from, to, allowed: [...allowedLeaseTransitions(from)] });
        refused += 1;
      }
    }
    // 5 × 5 pairs, 4 legal
    expect(refused).toBe(21);
  });

  it('explains a skipped step', () => {
    expect(caught(() => assertLeaseTransition('draft', 'terminated')).message).toBe(
      "A lease cannot go from 'draft' to 'terminated'. Allowed next: active, cancelled.",
    );
  });

  it.each(['ended', 'terminated', 'cancelled'] as LeaseStatus[])('%s is terminal', (status) => {
    expect(isTerminalLeaseStatus(status)).toBe(true);
    expect(caught(() => assertLeaseTransition(status, 'active')).message).toContain(`'${status}' is final`);
  });

  it('draft and active are not terminal', () => {
    expect(isTerminalLeaseStatus('draft')).toBe(false);
    expect(isTerminalLeaseStatus('active')).toBe(false);
  });

  it('refuses an unknown status as invalid input', () => {
    const error = caught(() => assertLeaseTransition('active', 'deleted' as LeaseStatus));
    expect(error.code).toBe(ErrorCode.InvalidInput);
    expect(error.details.errors?.[0].field).toBe('status');
  });
});
