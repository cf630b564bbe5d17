import { defineStateMachine } from '@tamago/core';

/** Where a tenant stands between application and leaving. */
export type TenantStatus = 'applicant' | 'screening' | 'approved' | 'active' | 'graduated' | 'withdrawn' | 'rejected';

const TRANSITIONS: Readonly<Record<TenantStatus, readonly TenantStatus[]>> = {
  // An applicant may drop out at any point before entering: that is a withdrawal.
  applicant: ['screening', 'withdrawn'],
  screening: ['approved', 'rejected', 'withdrawn'],
  // Approved may go straight to withdrawn: the applicant declines before signing, and since no
  // lease exists yet there is nothing to end. Entering (active) happens when the first lease starts.
  approved: ['active', 'withdrawn'],
  // Leaving without graduating (closure, move for other reasons, eviction) is a withdrawal.
  // The service must have ended the tenant's leases first; that is not a status rule.
  active: ['graduated', 'withdrawn'],
  // Final. A rejected company that applies again gets a new application (new screening record).
  graduated: [],
  withdrawn: [],
  rejected: [],
};

const machine = defineStateMachine<TenantStatus>('tenant', 'status', TRANSITIONS);

/** Every tenant status, in lifecycle order. */
export const TENANT_STATUSES: readonly TenantStatus[] = machine.states;

/** Validates a tenant status coming from outside; InvalidInput on `field`. */
export function parseTenantStatus(value: unknown, field = 'status'): TenantStatus {
  return machine.parse(value, field);
}

/** The statuses a tenant may move to from `from` (empty when `from` is final). */
export function allowedTenantTransitions(from: TenantStatus): readonly TenantStatus[] {
  return machine.allowed(from);
}

/** Throws DomainError Conflict, with `extra.allowed`, unless `from` → `to` is a legal step. */
export function assertTenantTransition(from: TenantStatus, to: TenantStatus): void {
  machine.assert(from, to);
}

/** True for graduated, withdrawn and rejected: no step leads out of them. */
export function isTerminalTenantStatus(status: TenantStatus): boolean {
  return machine.isTerminal(status);
}
