/**
 * Reasons of the domain errors of the tenants context: `DomainError.reason`, answered in the problem body.
 * Stable: clients may branch on them. Their Japanese and English messages are in @tamago/i18n
 * (libs/i18n/src/locales/{ja,en}/tenants.ts).
 */
export const TenantsError = {
  ArchivedTenantGetsNoUsers: 'tenants.archivedTenantGetsNoUsers',
  CorporateNumberTaken: 'tenants.corporateNumberTaken',
  CorporateNumberTakenBy: 'tenants.corporateNumberTakenBy',
  FieldNotForKind: 'tenants.fieldNotForKind',
  FieldRequiredForKind: 'tenants.fieldRequiredForKind',
  FieldsStaffOnly: 'tenants.fieldsStaffOnly',
  FormerTenantGetsNoUsers: 'tenants.formerTenantGetsNoUsers',
  NotKatakana: 'tenants.notKatakana',
  NotText: 'tenants.notText',
  OpenLeasesBlockExit: 'tenants.openLeasesBlockExit',
  ScreeningNeedsReview: 'tenants.screeningNeedsReview',
  TenantInUse: 'tenants.tenantInUse',
  TenantNotFound: 'tenants.tenantNotFound',
  TenantNotInFacility: 'tenants.tenantNotInFacility',
  TenantUnknown: 'tenants.tenantUnknown',
  TransitionDetailsRequired: 'tenants.transitionDetailsRequired',
} as const;
export type TenantsError = (typeof TenantsError)[keyof typeof TenantsError];
