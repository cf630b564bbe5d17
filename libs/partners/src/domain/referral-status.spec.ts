import { DomainError, ErrorCode } from '@tamago/core';
import {
  allowedReferralTransitions,
  assertReferralTransition,
  assertReferralTransitionDetails,
  isTerminalReferralStatus,
  parseReferralStatus,
  REFERRAL_STATUSES,
  requiredReferralDetails,
  type ReferralStatus,
} from './referral-status';

function caught(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}
const fieldOf = (fn: () => unknown) => caught(fn).details.errors?.[0].field;

const LEGAL: [ReferralStatus, ReferralStatus][] = [
  ['proposed', 'sent'],
  ['proposed', 'cancelled'],
  ['sent', 'accepted'],
  ['sent', 'declined'],
  ['sent', 'cancelled'],
  ['accepted', 'in_progress'],
  ['accepted', 'cancelled'],
  ['in_progress', 'closed'],
];

describe('referral status', () => {
  it.each(LEGAL)('%s → %s is allowed', (from, to) => {
    expect(() => assertReferralTransition(from, to)).not.toThrow();
  });

  it('refuses every other pair', () => {
    for (const from of REFERRAL_STATUSES) {
      for (const to of REFERRAL_STATUSES) {
        if (LEGAL.some(([f, t]) => f === from && t === to)) continue;
        expect(caught(() => assertReferralTransition(from, to)).code).toBe(ErrorCode.Conflict);
      }
    }
  });

  it('closes work in progress with an outcome, never cancels it', () => {
    const error = caught(() => assertReferralTransition('in_progress', 'cancelled'));
    expect(error.details.extra).toEqual({ from: 'in_progress', to: 'cancelled', allowed: ['closed'] });
  });

  it.each(['closed', 'declined', 'cancelled'] as ReferralStatus[])('%s is terminal', (status) => {
    expect(isTerminalReferralStatus(status)).toBe(true);
    expect(allowedReferralTransitions(status)).toEqual([]);
  });

  it('parses a status naming the field', () => {
    expect(parseReferralStatus('sent')).toBe('sent');
    expect(fieldOf(() => parseReferralStatus('lost', 'newStatus'))).toBe('newStatus');
  });

  it('requires dates, an outcome and reasons', () => {
    expect(requiredReferralDetails('closed')).toEqual(['closedOn', 'outcome']);
    expect(assertReferralTransitionDetails('closed', { closedOn: '2027-09-30', outcome: 'resolved', x: 1 })).toEqual({
      closedOn: '2027-09-30',
      outcome: 'resolved',
    });
    expect(fieldOf(() => assertReferralTransitionDetails('closed', { closedOn: '2027-09-30', outcome: 'done' }))).toBe(
      'outcome',
    );
    expect(fieldOf(() => assertReferralTransitionDetails('declined', { declinedOn: '2027-09-30' }))).toBe('reason');
    expect(fieldOf(() => assertReferralTransitionDetails('sent', {}))).toBe('sentOn');
  });
});
