import type { components } from '@tamago/api-client';

export type ReferralStatus = components['schemas']['ReferralDto']['status'];
export type ReferralTransition = components['schemas']['ReferralTransitionDto'];
export type StepField =
  'sentOn' | 'acceptedOn' | 'startedOn' | 'closedOn' | 'declinedOn' | 'cancelledOn' | 'outcome' | 'reason';

export const REFERRAL_STATUSES: readonly ReferralStatus[] = [
  'proposed',
  'sent',
  'accepted',
  'in_progress',
  'closed',
  'declined',
  'cancelled',
];
export const OUTCOMES = ['resolved', 'partly_resolved', 'not_resolved', 'referred_on'] as const;

// Mirrors libs/support's referral machine: once work has started a referral is closed with an outcome.
const NEXT: Readonly<Record<ReferralStatus, readonly ReferralStatus[]>> = {
  proposed: ['sent', 'cancelled'],
  sent: ['accepted', 'declined', 'cancelled'],
  accepted: ['in_progress', 'cancelled'],
  in_progress: ['closed'],
  closed: [],
  declined: [],
  cancelled: [],
};

export const STEP_FIELDS: Readonly<Record<ReferralStatus, readonly StepField[]>> = {
  proposed: [],
  sent: ['sentOn'],
  accepted: ['acceptedOn'],
  in_progress: ['startedOn'],
  closed: ['closedOn', 'outcome'],
  declined: ['declinedOn', 'reason'],
  cancelled: ['cancelledOn', 'reason'],
};

export function nextReferralStatuses(from: ReferralStatus): readonly ReferralStatus[] {
  return NEXT[from];
}

export const STATUS_COLORS: Record<ReferralStatus, string> = {
  proposed: 'gray',
  sent: 'blue',
  accepted: 'indigo',
  in_progress: 'orange',
  closed: 'teal',
  declined: 'red',
  cancelled: 'gray',
};
