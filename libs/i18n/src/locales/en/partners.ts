import type { Catalogue } from '../catalogue';

/** English messages of the reasons `partners.*`. */
export const partners: Catalogue['errors']['partners'] = {
  checkInNotFound: 'Check-in {{id}} was not found.',
  consentMissing: 'An outbound referral cannot be sent before the company consents; record consent first.',
  fiscalYearListedTwice: 'FY{{fiscalYear}} is listed twice.',
  improvementPlanNotFound: 'Improvement plan {{id}} was not found.',
  monitoringBeforeStart: 'Monitoring dates fall on or after startsOn.',
  noCheckInsForStatus: 'A {{referralStatus}} referral gets no follow-up check-ins.',
  noTargetsForYear: 'The plan has no targets for FY{{fiscalYear}}.',
  notPartnerOrganizations: '{{field}} must name partner organisations of this facility.',
  organizationInUse: 'This organisation has referrals, plans, events or advisors and cannot be deleted.',
  organizationNameTaken: 'Another organisation of this facility has this name.',
  organizationNotFound: 'Organization {{id}} was not found.',
  planCompleted: 'The plan is completed; reopen it to add reviews.',
  planNeedsTargets: 'A plan has targets for at least one fiscal year.',
  referralDetailsRequired: 'details are required.',
  referralNotFound: 'Referral {{id}} was not found.',
  reviewBeforePlanStart: 'reviewedOn falls before the plan starts.',
  tenantNotInFacility: '{{field}} must name a tenant of this facility.',
};
