import { DomainError, parseIsoDate, requireInteger, requireText } from '@tamago/core';
import { parseSubsidyStage, type SubsidyStage } from './subsidy-stage';
import { SupportError } from '../errors';

/** What a step of a subsidy case records: its date(s), and the amount where the step sets one. */
export interface SubsidyStepDetails {
  appliedOn?: string;
  adoptedOn?: string;
  notifiedOn?: string;
  grantAppliedOn?: string;
  grantDecidedOn?: string;
  decidedAmount?: number;
  startedOn?: string;
  completedOn?: string;
  reportedOn?: string;
  fixedOn?: string;
  fixedAmount?: number;
  claimedOn?: string;
  paidOn?: string;
  paidAmount?: number;
  withdrawnOn?: string;
  cancelledOn?: string;
  reason?: string;
}

type DetailKey = keyof SubsidyStepDetails;
const AMOUNTS: readonly DetailKey[] = ['decidedAmount', 'fixedAmount', 'paidAmount'];

const REQUIRED: Readonly<Record<SubsidyStage, readonly DetailKey[]>> = {
  planning: [],
  applied: ['appliedOn'],
  adopted: ['adoptedOn'],
  not_adopted: ['notifiedOn'],
  grant_applied: ['grantAppliedOn'],
  grant_decided: ['grantDecidedOn', 'decidedAmount'],
  in_progress: ['startedOn'],
  // The completion date starts the performance-report clock.
  reported: ['completedOn', 'reportedOn'],
  amount_fixed: ['fixedOn', 'fixedAmount'],
  claimed: ['claimedOn'],
  paid: ['paidOn', 'paidAmount'],
  withdrawn: ['withdrawnOn', 'reason'],
  cancelled: ['cancelledOn', 'reason'],
};

/** The detail fields a move to `to` must record. */
export function requiredSubsidyDetails(to: SubsidyStage): readonly DetailKey[] {
  return REQUIRED[parseSubsidyStage(to)];
}

/**
 * Validates the details a move to `to` requires and returns only those. Each date of the step
 * must be on or after `previousStepOn` (the date of the step before), and a project is
 * completed before it is reported. Amount ceilings are checkAmounts' job.
 */
export function assertSubsidyStepDetails(
  to: SubsidyStage,
  details: SubsidyStepDetails,
  previousStepOn?: string | null,
): SubsidyStepDetails {
  if (details === null || typeof details !== 'object')
    throw DomainError.invalid(SupportError.StepDetailsRequired, 'details', 'details are required.');
  const previous = previousStepOn == null ? null : parseIsoDate(previousStepOn, 'previousStepOn');
  const checked: Record<string, unknown> = {};
  for (const key of requiredSubsidyDetails(to)) {
    checked[key] = validate(key, details[key], previous);
  }
  if (to === 'reported' && (checked.completedOn as string) > (checked.reportedOn as string)) {
    throw DomainError.invalid(
      SupportError.ReportBeforeCompletion,
      'reportedOn',
      'The report cannot be dated before the project was completed.',
    );
  }
  return checked as SubsidyStepDetails;
}

function validate(key: DetailKey, value: unknown, previous: string | null): unknown {
  if (key === 'reason') return requireText(value, key);
  if (AMOUNTS.includes(key)) return requireInteger(value, key, 0, Number.MAX_SAFE_INTEGER);
  const date = parseIsoDate(value, key);
  if (previous !== null && date < previous) {
    throw DomainError.invalid(
      SupportError.StepBeforePrevious,
      key,
      `${key} (${date}) cannot be before the previous step (${previous}).`,
      { key, date, previous },
    );
  }
  return date;
}
