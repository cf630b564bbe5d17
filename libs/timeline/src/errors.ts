/**
 * Reasons of the domain errors of the timeline context: `DomainError.reason`, answered in the problem body.
 * Stable: clients may branch on them. Their Japanese and English messages are in @tamago/i18n
 * (libs/i18n/src/locales/{ja,en}/timeline.ts).
 */
export const TimelineError = {
  KindsUnknown: 'timeline.kindsUnknown',
} as const;
export type TimelineError = (typeof TimelineError)[keyof typeof TimelineError];
