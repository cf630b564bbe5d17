/**
 * Reasons of the domain errors of the facilities context: `DomainError.reason`, answered in the problem body.
 * Stable: clients may branch on them. Their Japanese and English messages are in @tamago/i18n
 * (libs/i18n/src/locales/{ja,en}/facilities.ts).
 */
export const FacilitiesError = {
  FacilityNotFound: 'facilities.facilityNotFound',
} as const;
export type FacilitiesError = (typeof FacilitiesError)[keyof typeof FacilitiesError];
