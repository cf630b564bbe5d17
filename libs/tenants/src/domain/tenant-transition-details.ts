import { DomainError, parseIsoDate, requireInteger, requireText } from '@tamago/core';
import { parseTenantStatus, type TenantStatus } from './tenant-status';
import { TenantsError } from '../errors';

/** Screening sheets score each reviewer's opinion from 1 (poor) to 5 (excellent). */
export const SCREENING_SCORE_MIN = 1;
export const SCREENING_SCORE_MAX = 5;

/** One screening reviewer's opinion. */
export interface ScreeningReview {
  reviewer: string;
  score: number;
  comment: string;
}

/** What a status change records; which fields are required depends on the target status. */
export interface TenantTransitionDetails {
  reviews?: ScreeningReview[];
  decidedOn?: string;
  enteredOn?: string;
  graduatedOn?: string;
  withdrawnOn?: string;
  reason?: string;
  destination?: string;
}

type DetailKey = keyof TenantTransitionDetails;

const REQUIRED: Readonly<Record<TenantStatus, readonly DetailKey[]>> = {
  applicant: [],
  screening: [],
  // The committee decides; the scores are its record, they do not decide by themselves.
  approved: ['reviews', 'decidedOn'],
  rejected: ['reviews', 'decidedOn'],
  // The entry date is what funders' "entries in the fiscal year" counts.
  active: ['enteredOn'],
  // Destination (where the company moved) feeds the five-year alumni follow-up.
  graduated: ['graduatedOn', 'reason', 'destination'],
  withdrawn: ['withdrawnOn', 'reason'],
};

const VALIDATORS: Readonly<Record<DetailKey, (value: unknown) => unknown>> = {
  reviews: parseReviews,
  decidedOn: (v) => parseIsoDate(v, 'decidedOn'),
  enteredOn: (v) => parseIsoDate(v, 'enteredOn'),
  graduatedOn: (v) => parseIsoDate(v, 'graduatedOn'),
  withdrawnOn: (v) => parseIsoDate(v, 'withdrawnOn'),
  reason: (v) => requireText(v, 'reason'),
  destination: (v) => requireText(v, 'destination', 500),
};

/** The detail fields a move to `to` must record (empty when none). */
export function requiredTenantDetails(to: TenantStatus): readonly DetailKey[] {
  return REQUIRED[parseTenantStatus(to)];
}

/** Validates the details a move to `to` requires and returns only those, trimmed; InvalidInput per field. */
export function assertTenantTransitionDetails(
  to: TenantStatus,
  details: TenantTransitionDetails,
): TenantTransitionDetails {
  if (details === null || typeof details !== 'object')
    throw DomainError.invalid(TenantsError.TransitionDetailsRequired, 'details', 'details are required.');
  const checked: Record<string, unknown> = {};
  for (const key of requiredTenantDetails(to)) checked[key] = VALIDATORS[key](details[key]);
  return checked as TenantTransitionDetails;
}

function parseReviews(value: unknown): ScreeningReview[] {
  if (!Array.isArray(value) || value.length === 0) {
    throw DomainError.invalid(
      TenantsError.ScreeningNeedsReview,
      'reviews',
      'A screening decision needs at least one reviewer’s score and comment.',
    );
  }
  return value.map((review: Partial<ScreeningReview> | null, i) => ({
    reviewer: requireText(review?.reviewer, `reviews[${i}].reviewer`, 200),
    score: requireInteger(review?.score, `reviews[${i}].score`, SCREENING_SCORE_MIN, SCREENING_SCORE_MAX),
    comment: requireText(review?.comment, `reviews[${i}].comment`),
  }));
}
