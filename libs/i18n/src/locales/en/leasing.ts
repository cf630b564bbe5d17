import type { Catalogue } from '../catalogue';

/** English messages of the reasons `leasing.*`. */
export const leasing: Catalogue['errors']['leasing'] = {
  alreadyRenewed: 'This lease already has a renewal.',
  areaInvalid: '{{field}} must be an area in m² with at most two decimals, like 63.25.',
  areaNotWhole: 'area must be a whole non-negative number of centi-m².',
  basisPointsNegative: '{{name}} must be a whole number ≥ 0.',
  basisPointsNotWhole: 'bp must be a whole number.',
  cannotRenew: 'Only an active or ended lease can be renewed; this one is {{previousStatus}}.',
  dayBeforeLeaseStart: '{{day}} is before the lease starts ({{start}}).',
  depositMismatch: 'deductions + returned must equal the deposit held (¥{{deposit}}).',
  leaseEndsBeforeStart: 'The lease cannot end ({{endDate}}) before it starts ({{startDate}}).',
  leaseNotFound: 'Lease {{id}} was not found.',
  leasePeriodRequired: 'A lease period is required.',
  leaseStillRunning: 'The lease runs until {{endDate}}; it can be marked ended from the next day.',
  partExceedsWhole: 'part cannot exceed whole.',
  periodBeforeLeaseStart: '{{period}} is before the lease starts ({{start}}).',
  periodInvalid: 'period must be a month written YYYY-MM.',
  renewalNeedsScreening: 'A renewal needs the re-screening record (decidedOn, note).',
  renewalStartsTooEarly: 'A renewal starts after the current term ends ({{endDate}}).',
  rentFirstStepNotYearOne: 'The first step must start in year 1.',
  rentStepsNotIncreasing: 'Rent steps must be in increasing contract years.',
  rentYearOneMissing: '{{field}} needs at least the rent of year 1.',
  spaceLetToAnotherLease: 'The space is already let for overlapping dates by another lease.',
  spaceLetToLease:
    'The space is already let for overlapping dates by lease {{leaseId}} ({{startDate}} to {{endDate}}).',
  spaceListedTwice: 'Space {{id}} is listed twice.',
  spaceOutOfService: 'Space {{spaces}} is out of service.',
  spaceRequired: 'A lease needs at least one space (spaceId or spaceIds).',
  supportClientRentsNoSpace: 'A support client does not rent a space.',
  tenantNotApproved: 'Tenant {{tenantName}} is {{tenantStatus}}; a lease needs an approved or active tenant.',
  tenantNotInFacility: 'No tenant of this facility has id {{tenantId}}.',
  tenureExceeded:
    'The lease would end on {{endDate}}, but the maximum tenure of {{maxMonths}} months allows {{latestAllowedEndDate}} at the latest.',
  tenureLeavesNoTime:
    'The lease would end on {{endDate}}, but the maximum tenure of {{maxMonths}} months leaves no time for this lease.',
  terminationDateOutOfTerm: 'terminatedOn must be on or after {{startDate}} and before the end date {{endDate}}.',
  termsFrozen:
    "Only a draft's terms can change ({{terms}}); this lease is {{leaseStatus}}. Renew or terminate it instead.",
  transitionDetailsRequired: 'details are required.',
};
