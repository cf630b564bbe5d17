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
} as const;

export type ReminderKind = keyof typeof REMINDER_KINDS;
export const REMINDER_KIND_NAMES = Object.keys(REMINDER_KINDS) as ReminderKind[];

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
