/**
 * Reasons of the domain errors of the partners context: `DomainError.reason`, answered in the problem body.
 * Stable: clients may branch on them. Their Japanese and English messages are in @tamago/i18n
 * (libs/i18n/src/locales/{ja,en}/partners.ts).
 */
export const PartnersError = {
  CheckInNotFound: 'partners.checkInNotFound',
  ConsentMissing: 'partners.consentMissing',
  FiscalYearListedTwice: 'partners.fiscalYearListedTwice',
  ImprovementPlanNotFound: 'partners.improvementPlanNotFound',
  MonitoringBeforeStart: 'partners.monitoringBeforeStart',
  NoCheckInsForStatus: 'partners.noCheckInsForStatus',
  NoTargetsForYear: 'partners.noTargetsForYear',
  NotPartnerOrganizations: 'partners.notPartnerOrganizations',
  OrganizationInUse: 'partners.organizationInUse',
  OrganizationNameTaken: 'partners.organizationNameTaken',
  OrganizationNotFound: 'partners.organizationNotFound',
  PlanCompleted: 'partners.planCompleted',
  PlanNeedsTargets: 'partners.planNeedsTargets',
  ReferralDetailsRequired: 'partners.referralDetailsRequired',
  ReferralNotFound: 'partners.referralNotFound',
  ReviewBeforePlanStart: 'partners.reviewBeforePlanStart',
  TenantNotInFacility: 'partners.tenantNotInFacility',
} as const;
export type PartnersError = (typeof PartnersError)[keyof typeof PartnersError];
