import { defineStateMachine } from '@tamago/core';

/** Where a tenant's subsidy case stands, from planning to payment. */
export type SubsidyStage =
  | 'planning'
  | 'applied'
  | 'adopted'
  | 'not_adopted'
  | 'grant_applied'
  | 'grant_decided'
  | 'in_progress'
  | 'reported'
  | 'amount_fixed'
  | 'claimed'
  | 'paid'
  | 'withdrawn'
  | 'cancelled';

// withdrawn (辞退) is the tenant's decision and is possible at any stage before payment.
// cancelled (採択取消 / 交付決定取消) is the funder's decision: possible once adopted and until
// payment, e.g. when the performance report deadline is missed. Cancellation after payment
// (with repayment, 返還) is not modelled here.
const TRANSITIONS: Readonly<Record<SubsidyStage, readonly SubsidyStage[]>> = {
  planning: ['applied', 'withdrawn'],
  applied: ['adopted', 'not_adopted', 'withdrawn'],
  adopted: ['grant_applied', 'withdrawn', 'cancelled'],
  grant_applied: ['grant_decided', 'withdrawn', 'cancelled'],
  grant_decided: ['in_progress', 'withdrawn', 'cancelled'],
  in_progress: ['reported', 'withdrawn', 'cancelled'],
  reported: ['amount_fixed', 'withdrawn', 'cancelled'],
  amount_fixed: ['claimed', 'withdrawn', 'cancelled'],
  claimed: ['paid', 'withdrawn', 'cancelled'],
  // Final. Commercialisation reports after payment are deadlines, not stages.
  paid: [],
  not_adopted: [],
  withdrawn: [],
  cancelled: [],
};

const machine = defineStateMachine<SubsidyStage>('subsidy case', 'stage', TRANSITIONS);

/** Every subsidy stage, in lifecycle order. */
export const SUBSIDY_STAGES: readonly SubsidyStage[] = machine.states;

/** Validates a subsidy stage coming from outside; InvalidInput on `field`. */
export function parseSubsidyStage(value: unknown, field = 'stage'): SubsidyStage {
  return machine.parse(value, field);
}

/** The stages a case may move to from `from` (empty when final). */
export function allowedSubsidyTransitions(from: SubsidyStage): readonly SubsidyStage[] {
  return machine.allowed(from);
}

/** Throws DomainError Conflict, with `extra.allowed`, unless `from` → `to` is a legal step. */
export function assertSubsidyTransition(from: SubsidyStage, to: SubsidyStage): void {
  machine.assert(from, to);
}

/** True for paid, not_adopted, withdrawn and cancelled. */
export function isTerminalSubsidyStage(stage: SubsidyStage): boolean {
  return machine.isTerminal(stage);
}

/** Orders and contracts count only between the grant decision and completion (交付決定前の発注は対象外). */
export function isSpendingAllowed(stage: SubsidyStage): boolean {
  const s = parseSubsidyStage(stage);
  return s === 'grant_decided' || s === 'in_progress';
}
