import { DomainError, parseIsoDate } from '@tamago/core';
import {
  checkAmounts,
  computeDeadlines,
  requiredSubsidyDetails,
  type SubsidyDeadline,
  type SubsidyStage,
} from './domain';
import type { ChecklistItem, SubsidyApplication, SubsidyMilestones } from './subsidy-application.entity';
import type { SubsidyProgram } from './subsidy-program.entity';
import type { SubsidyRound } from './subsidy-round.entity';
import type { ApplicationTransition, ChecklistUpdate } from './support-input';
import { SupportError } from './errors';

/** Prerequisites every case starts with; 'gbizid' done means no gBizID lead time is shown. */
export const DEFAULT_PREREQUISITES: readonly ChecklistItem[] = [
  { key: 'gbizid', label: 'gBizIDプライム取得', done: false, doneOn: null },
  { key: 'chamber_support_plan', label: '事業支援計画書（商工会議所・商工会）', done: false, doneOn: null },
  { key: 'advisor_confirmation', label: '認定支援機関・専門家の確認', done: false, doneOn: null },
];

/** Evidence every case collects for the performance report (証憑). */
export const DEFAULT_EVIDENCE: readonly ChecklistItem[] = [
  { key: 'quotes', label: '見積書', done: false, doneOn: null },
  { key: 'order', label: '発注書', done: false, doneOn: null },
  { key: 'delivery', label: '納品書', done: false, doneOn: null },
  { key: 'invoice', label: '請求書', done: false, doneOn: null },
  { key: 'payment_proof', label: '支払証明（振込控等）', done: false, doneOn: null },
  { key: 'photos', label: '写真', done: false, doneOn: null },
];

/**
 * The items a tenant user may tick in the portal: what the company obtains or collects itself
 * (gBizID, the chamber's support plan, the evidence documents). The advisor's confirmation and any
 * item staff add to a case stay with staff.
 */
const TENANT_TICKABLE: Readonly<Record<'prerequisites' | 'evidence', readonly string[]>> = {
  prerequisites: ['gbizid', 'chamber_support_plan'],
  evidence: DEFAULT_EVIDENCE.map((i) => i.key),
};

/** Checklists of a case by name. */
export type ChecklistName = 'prerequisites' | 'evidence';

/** Whether a tenant user may tick (and untick) the item `key` of the case's `list`. */
export function tenantMayTick(list: ChecklistName, key: string): boolean {
  return TENANT_TICKABLE[list].includes(key);
}

const KEY = /^[a-z][a-z0-9_]{0,63}$/;

/** Applies checklist changes by key; a new key needs a label. `field` names the list in errors. */
export function applyChecklist(items: ChecklistItem[], updates: ChecklistUpdate[], field: string): ChecklistItem[] {
  const next = items.map((i) => ({ ...i }));
  updates.forEach((u, i) => {
    const at = `${field}[${i}]`;
    if (!KEY.test(u.key))
      throw DomainError.invalid(
        SupportError.ChecklistKeyInvalid,
        `${at}.key`,
        'key must be lower-case letters, digits and _.',
      );
    let item = next.find((x) => x.key === u.key);
    if (!item) {
      if (!u.label)
        throw DomainError.invalid(
          SupportError.ChecklistItemNeedsLabel,
          `${at}.label`,
          `A new item (${u.key}) needs a label.`,
          { key: u.key },
        );
      item = { key: u.key, label: u.label, done: false, doneOn: null };
      next.push(item);
    }
    if (u.label) item.label = u.label;
    item.done = u.done;
    item.doneOn = u.done ? (u.doneOn == null ? null : parseIsoDate(u.doneOn, `${at}.doneOn`)) : null;
  });
  return next;
}

/** Nothing may be ordered before the grant decision (交付決定前の発注は補助対象外). */
export function assertOrderAfterGrantDecision(app: SubsidyApplication): void {
  const decidedOn = app.milestones.grantDecidedOn;
  const order = app.evidence.find((e) => e.key === 'order');
  if (!order?.doneOn) return;
  if (!decidedOn || order.doneOn < decidedOn) {
    throw DomainError.invalid(
      decidedOn ? SupportError.OrderBeforeGrantDecision : SupportError.OrderWithoutGrantDecision,
      'evidence',
      `The order (${order.doneOn}) must come on or after the grant decision${decidedOn ? ` (${decidedOn})` : ''}.`,
      decidedOn ? { doneOn: order.doneOn, decidedOn } : { doneOn: order.doneOn },
    );
  }
}

/** The case's deadlines from its round, programme and recorded dates (see computeDeadlines). */
export function deadlinesOf(app: SubsidyApplication, round: SubsidyRound, program: SubsidyProgram): SubsidyDeadline[] {
  return computeDeadlines({
    closesOn: round.closesOn,
    needsGBizId: !app.prerequisites.some((p) => p.key === 'gbizid' && p.done),
    prerequisiteCutoffs: round.prerequisiteCutoffs,
    projectDeadline: app.projectDeadline ?? round.projectDeadline,
    completedOn: app.milestones.completedOn ?? null,
    reportWithinDays: program.reportWithinDays,
    paidOn: app.milestones.paidOn ?? null,
    commercialisationReports: { count: program.commercialisationReportCount },
  });
}

/** The step's own date field, filled from the shorthand `date` when absent; returns the details and the step date. */
export function stepDetails(
  to: SubsidyStage,
  step: ApplicationTransition,
): { details: ApplicationTransition; occurredOnKey: keyof SubsidyMilestones | null } {
  const keys = requiredSubsidyDetails(to);
  const dateKeys = keys.filter((k) => k.endsWith('On')) as (keyof SubsidyMilestones)[];
  // The last date of a step is when it happened (e.g. reported: completedOn, then reportedOn).
  const main = dateKeys[dateKeys.length - 1] ?? null;
  const details = { ...step };
  if (main && details[main] === undefined && step.date !== undefined) details[main] = step.date;
  return { details, occurredOnKey: main };
}

const AMOUNT_FIELDS: Record<string, string> = {
  requested: 'requestedAmount',
  decided: 'decidedAmount',
  fixed: 'fixedAmount',
  paid: 'paidAmount',
};

/** checkAmounts on a case, naming the API's fields (decidedAmount rather than decided). */
export function checkCaseAmounts(app: SubsidyApplication, maxAmount: number): void {
  try {
    checkAmounts(
      { requested: app.requestedAmount, decided: app.decidedAmount, fixed: app.fixedAmount, paid: app.paidAmount },
      maxAmount,
    );
  } catch (e) {
    if (!(e instanceof DomainError) || !e.details.errors) throw e;
    const errors = e.details.errors.map((p) => ({ ...p, field: AMOUNT_FIELDS[p.field] ?? p.field }));
    throw new DomainError(e.code, e.reason, e.message, { ...e.details, params: e.params, errors });
  }
}
