import { DomainError, parseIsoDate, requireText } from '@tamago/core';
import { assertTerminationDate, type LeasePeriod } from './lease-period';
import { parseLeaseStatus, type LeaseStatus } from './lease-status';
import { LeasingError } from '../errors';

/** What a lease status change records; which fields are required depends on the target status. */
export interface LeaseTransitionDetails {
  signedOn?: string;
  terminatedOn?: string;
  reason?: string;
}

type DetailKey = keyof LeaseTransitionDetails;

const REQUIRED: Readonly<Record<LeaseStatus, readonly DetailKey[]>> = {
  draft: [],
  active: ['signedOn'],
  // Ending on the end date needs nothing more: the end date is already on the lease.
  ended: [],
  terminated: ['terminatedOn', 'reason'],
  cancelled: ['reason'],
};

/** The detail fields a move to `to` must record. */
export function requiredLeaseDetails(to: LeaseStatus): readonly DetailKey[] {
  return REQUIRED[parseLeaseStatus(to)];
}

/** Validates the details a move to `to` requires against the lease's period; returns only those. */
export function assertLeaseTransitionDetails(
  to: LeaseStatus,
  details: LeaseTransitionDetails,
  period: LeasePeriod,
): LeaseTransitionDetails {
  if (details === null || typeof details !== 'object')
    throw DomainError.invalid(LeasingError.TransitionDetailsRequired, 'details', 'details are required.');
  const checked: LeaseTransitionDetails = {};
  for (const key of requiredLeaseDetails(to)) {
    if (key === 'signedOn') checked.signedOn = parseIsoDate(details.signedOn, 'signedOn');
    if (key === 'terminatedOn') checked.terminatedOn = assertTerminationDate(period, details.terminatedOn as string);
    if (key === 'reason') checked.reason = requireText(details.reason, 'reason');
  }
  return checked;
}
