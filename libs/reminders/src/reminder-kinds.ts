/** How a kind's lead times count: days before the date, or (maximum tenure) whole months before it. */
export type LeadUnit = 'days' | 'months';

interface KindDefinition {
  leadDays: readonly number[];
  unit?: LeadUnit;
}

/** The reminder kinds the daily sweep decides, with their default lead times in days. */
export const REMINDER_KINDS = {
  /** An open invoice falls due. */
  invoice_due: { leadDays: [3] },
  /** Money is overdue: one reminder per dunning level reached (lead times do not apply). */
  dunning: { leadDays: [0] },
  /** An active lease ends (and has not been renewed). */
  lease_ending: { leadDays: [90, 30] },
  /** A booked advisory session starts tomorrow: the tenant and the advisor. */
  advisory_session: { leadDays: [1] },
  /** A KPI survey closes and the tenant has not answered. */
  kpi_survey_missing: { leadDays: [3] },
  /**
   * A subsidy case's deadline: the application close and prerequisite cut-offs (cases still in
   * planning), the performance report (until reported) and the yearly commercialisation reports.
   */
  subsidy_deadline: { leadDays: [14, 7, 1] },
  /** An open follow-up action agreed in an advisory session falls due. */
  follow_up_due: { leadDays: [3] },
  /** An active improvement plan's next review falls due (to the staff in charge). */
  plan_review_due: { leadDays: [7] },
  /** A referral's follow-up check-in falls due (to the staff in charge). */
  referral_check_in_due: { leadDays: [3] },
  /** A tenant's maximum tenure runs out: on the day it comes within the lead time, in months. */
  max_tenure: { leadDays: [6], unit: 'months' },
} as const satisfies Record<string, KindDefinition>;

export type ReminderKind = keyof typeof REMINDER_KINDS;
export const REMINDER_KIND_NAMES = Object.keys(REMINDER_KINDS) as ReminderKind[];

/** The unit a kind's lead times are counted in. */
export function leadUnitOf(kind: ReminderKind): LeadUnit {
  return (REMINDER_KINDS[kind] as KindDefinition).unit ?? 'days';
}

/** Counts of one sweep per kind: new reminders written, of which mailed, and ones found already sent. */
export interface KindCounts {
  sent: number;
  inboxOnly: number;
  alreadySent: number;
}

export type SweepCounts = Record<ReminderKind, KindCounts>;

/** Zeroed counts for every kind. */
export function emptyCounts(): SweepCounts {
  return Object.fromEntries(
    REMINDER_KIND_NAMES.map((k) => [k, { sent: 0, inboxOnly: 0, alreadySent: 0 }]),
  ) as SweepCounts;
}
