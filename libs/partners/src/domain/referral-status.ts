import { defineStateMachine, DomainError, parseIsoDate, requireOneOf, requireText } from '@tamago/core';
import { PartnersError } from '../errors';

/** Where a referral of a tenant to a partner organisation stands. */
export type ReferralStatus = 'proposed' | 'sent' | 'accepted' | 'in_progress' | 'closed' | 'declined' | 'cancelled';

/** How a closed referral ended; 'referred_on' means handed to another partner (a new referral). */
export type ReferralOutcome = 'resolved' | 'partly_resolved' | 'not_resolved' | 'referred_on';

const TRANSITIONS: Readonly<Record<ReferralStatus, readonly ReferralStatus[]>> = {
  // cancelled: the facility or the tenant calls it off before the partner starts work.
  proposed: ['sent', 'cancelled'],
  // declined: the partner says no; another partner gets a new referral.
  sent: ['accepted', 'declined', 'cancelled'],
  accepted: ['in_progress', 'cancelled'],
  // Once work has started a referral is always closed with an outcome, never cancelled, so
  // follow-up statistics see every case a partner worked on.
  in_progress: ['closed'],
  closed: [],
  declined: [],
  cancelled: [],
};

const REQUIRED: Readonly<Record<ReferralStatus, readonly string[]>> = {
  proposed: [],
  sent: ['sentOn'],
  accepted: ['acceptedOn'],
  in_progress: ['startedOn'],
  closed: ['closedOn', 'outcome'],
  declined: ['declinedOn', 'reason'],
  cancelled: ['cancelledOn', 'reason'],
};

const OUTCOMES: readonly ReferralOutcome[] = ['resolved', 'partly_resolved', 'not_resolved', 'referred_on'];
const machine = defineStateMachine<ReferralStatus>('referral', 'status', TRANSITIONS);

/** Every referral status. */
export const REFERRAL_STATUSES: readonly ReferralStatus[] = machine.states;

/** Validates a referral status coming from outside; InvalidInput on `field`. */
export function parseReferralStatus(value: unknown, field = 'status'): ReferralStatus {
  return machine.parse(value, field);
}

/** The statuses a referral may move to from `from` (empty when final). */
export function allowedReferralTransitions(from: ReferralStatus): readonly ReferralStatus[] {
  return machine.allowed(from);
}

/** Throws DomainError Conflict, with `extra.allowed`, unless `from` → `to` is a legal step. */
export function assertReferralTransition(from: ReferralStatus, to: ReferralStatus): void {
  machine.assert(from, to);
}

/** True for closed, declined and cancelled. */
export function isTerminalReferralStatus(status: ReferralStatus): boolean {
  return machine.isTerminal(status);
}

/** The detail fields a move to `to` must record. */
export function requiredReferralDetails(to: ReferralStatus): readonly string[] {
  return REQUIRED[parseReferralStatus(to)];
}

/** Validates the details a move to `to` requires (dates, outcome, reason) and returns only those. */
export function assertReferralTransitionDetails(
  to: ReferralStatus,
  details: Record<string, unknown>,
): Record<string, string> {
  if (details === null || typeof details !== 'object')
    throw DomainError.invalid(PartnersError.ReferralDetailsRequired, 'details', 'details are required.');
  const checked: Record<string, string> = {};
  for (const key of requiredReferralDetails(to)) {
    if (key === 'outcome') checked[key] = requireOneOf(details[key], OUTCOMES, key);
    else if (key === 'reason') checked[key] = requireText(details[key], key);
    else checked[key] = parseIsoDate(details[key], key);
  }
  return checked;
}
