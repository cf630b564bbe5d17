/**
 * Reasons of the domain errors of the leasing context: `DomainError.reason`, answered in the problem body.
 * Stable: clients may branch on them. Their Japanese and English messages are in @tamago/i18n
 * (libs/i18n/src/locales/{ja,en}/leasing.ts).
 */
export const LeasingError = {
  AlreadyRenewed: 'leasing.alreadyRenewed',
  AreaInvalid: 'leasing.areaInvalid',
  AreaNotWhole: 'leasing.areaNotWhole',
  BasisPointsNegative: 'leasing.basisPointsNegative',
  BasisPointsNotWhole: 'leasing.basisPointsNotWhole',
  CannotRenew: 'leasing.cannotRenew',
  DayBeforeLeaseStart: 'leasing.dayBeforeLeaseStart',
  DepositMismatch: 'leasing.depositMismatch',
  LeaseEndsBeforeStart: 'leasing.leaseEndsBeforeStart',
  LeaseNotFound: 'leasing.leaseNotFound',
  LeasePeriodRequired: 'leasing.leasePeriodRequired',
  LeaseStillRunning: 'leasing.leaseStillRunning',
  PartExceedsWhole: 'leasing.partExceedsWhole',
  PeriodBeforeLeaseStart: 'leasing.periodBeforeLeaseStart',
  PeriodInvalid: 'leasing.periodInvalid',
  RenewalNeedsScreening: 'leasing.renewalNeedsScreening',
  RenewalStartsTooEarly: 'leasing.renewalStartsTooEarly',
  RentFirstStepNotYearOne: 'leasing.rentFirstStepNotYearOne',
  RentStepsNotIncreasing: 'leasing.rentStepsNotIncreasing',
  RentYearOneMissing: 'leasing.rentYearOneMissing',
  SpaceLetToAnotherLease: 'leasing.spaceLetToAnotherLease',
  SpaceLetToLease: 'leasing.spaceLetToLease',
  SpaceListedTwice: 'leasing.spaceListedTwice',
  SpaceOutOfService: 'leasing.spaceOutOfService',
  SpaceRequired: 'leasing.spaceRequired',
  SupportClientRentsNoSpace: 'leasing.supportClientRentsNoSpace',
  TenantNotApproved: 'leasing.tenantNotApproved',
  TenantNotInFacility: 'leasing.tenantNotInFacility',
  TenureExceeded: 'leasing.tenureExceeded',
  TenureLeavesNoTime: 'leasing.tenureLeavesNoTime',
  TerminationDateOutOfTerm: 'leasing.terminationDateOutOfTerm',
  TermsFrozen: 'leasing.termsFrozen',
  TransitionDetailsRequired: 'leasing.transitionDetailsRequired',
} as const;
export type LeasingError = (typeof LeasingError)[keyof typeof LeasingError];
