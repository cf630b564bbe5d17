import type { components } from '@tamago/api-client';

export type SubsidyStage = components['schemas']['SubsidyApplicationView']['stage'];
export type SubsidyTransition = components['schemas']['SubsidyTransitionDto'];

/** The lifecycle columns of the board, in order, then the closed outcomes. */
export const LIFECYCLE: readonly SubsidyStage[] = [
  'planning',
  'applied',
  'adopted',
  'grant_applied',
  'grant_decided',
  'in_progress',
  'reported',
  'amount_fixed',
  'claimed',
  'paid',
];
export const CLOSED: readonly SubsidyStage[] = ['not_adopted', 'withdrawn', 'cancelled'];

// Which stage a case may move to next is not decided here: every case read carries its
// `allowedTransitions` from the API (libs/support's state machine, empty for readers who may not move cases).

export type StepField = Exclude<keyof SubsidyTransition, 'to' | 'date' | 'note'>;

/** What each step records (the API's required details); amounts are integer yen. */
export const STEP_FIELDS: Readonly<Record<SubsidyStage, readonly StepField[]>> = {
  planning: [],
  applied: ['appliedOn'],
  adopted: ['adoptedOn'],
  not_adopted: ['notifiedOn'],
  grant_applied: ['grantAppliedOn'],
  grant_decided: ['grantDecidedOn', 'decidedAmount'],
  in_progress: ['startedOn'],
  reported: ['completedOn', 'reportedOn'],
  amount_fixed: ['fixedOn', 'fixedAmount'],
  claimed: ['claimedOn'],
  paid: ['paidOn', 'paidAmount'],
  withdrawn: ['withdrawnOn', 'reason'],
  cancelled: ['cancelledOn', 'reason'],
};

export const AMOUNT_FIELDS: readonly StepField[] = ['decidedAmount', 'fixedAmount', 'paidAmount'];

export type Urgency = 'overdue' | 'urgent' | 'soon' | 'later';

/** How close a due date is to today (both calendar dates): overdue, within 7 days, within 30, later. */
export function urgencyOf(dueOn: string, today: string): Urgency {
  const days = Math.round((Date.parse(dueOn) - Date.parse(today)) / 86_400_000);
  if (days < 0) return 'overdue';
  if (days <= 7) return 'urgent';
  if (days <= 30) return 'soon';
  return 'later';
}

export const URGENCY_COLORS: Record<Urgency, string> = {
  overdue: 'red',
  urgent: 'orange',
  soon: 'yellow',
  later: 'gray',
};

/** Today in the facility's time zone as YYYY-MM-DD. */
export function todayInTokyo(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Tokyo' }).format(now);
}

type Deadline = { key: string; dueOn: string; labelJa: string; labelEn: string };

/**
 * The deadline a card shows: the next one still ahead that matters at the case's stage (once applied, the
 * application's own cut-offs are behind it), else the last one passed.
 */
export function nextDeadline<D extends Deadline>(stage: SubsidyStage, deadlines: D[], today: string): D | undefined {
  if (CLOSED.includes(stage)) return undefined;
  const applicationPhase = (d: D) =>
    d.key === 'application_close' || d.key.startsWith('prerequisite.') || d.key.startsWith('gbizid');
  const relevant = stage === 'planning' ? deadlines : deadlines.filter((d) => !applicationPhase(d));
  return relevant.find((d) => d.dueOn >= today) ?? relevant.at(-1);
}
