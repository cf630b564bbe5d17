import { defineStateMachine } from '@tamago/core';

/** Where a lease stands. */
export type LeaseStatus = 'draft' | 'active' | 'ended' | 'terminated' | 'cancelled';

const TRANSITIONS: Readonly<Record<LeaseStatus, readonly LeaseStatus[]>> = {
  // A draft that will not be signed is cancelled, not deleted: it may have been sent to the
  // tenant or cited in screening, and the trail of what was offered must stay.
  draft: ['active', 'cancelled'],
  // ended: ran to its end date. terminated: stopped early, with a date and a reason.
  active: ['ended', 'terminated'],
  ended: [],
  terminated: [],
  cancelled: [],
};

const machine = defineStateMachine<LeaseStatus>('lease', 'status', TRANSITIONS);

/** Every lease status. */
export const LEASE_STATUSES: readonly LeaseStatus[] = machine.states;

/** Statuses of a lease that was signed, so its days count as occupied and as tenure. */
export const SIGNED_LEASE_STATUSES: readonly LeaseStatus[] = ['active', 'ended', 'terminated'];

/** Validates a lease status coming from outside; InvalidInput on `field`. */
export function parseLeaseStatus(value: unknown, field = 'status'): LeaseStatus {
  return machine.parse(value, field);
}

/** The statuses a lease may move to from `from` (empty when final). */
export function allowedLeaseTransitions(from: LeaseStatus): readonly LeaseStatus[] {
  return machine.allowed(from);
}

/** Throws DomainError Conflict, with `extra.allowed`, unless `from` → `to` is a legal step. */
export function assertLeaseTransition(from: LeaseStatus, to: LeaseStatus): void {
  machine.assert(from, to);
}

/** True for ended, terminated and cancelled. */
export function isTerminalLeaseStatus(status: LeaseStatus): boolean {
  return machine.isTerminal(status);
}
