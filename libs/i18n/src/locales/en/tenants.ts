import type { Catalogue } from '../catalogue';

/** English messages of the reasons `tenants.*`. */
export const tenants: Catalogue['errors']['tenants'] = {
  archivedTenantGetsNoUsers: 'Tenant {{tenantName}} is archived and can no longer get new users.',
  corporateNumberTaken: 'Another tenant of this facility already has this corporate number.',
  corporateNumberTakenBy: 'Corporate number {{corporateNumber}} is already registered to {{otherName}}.',
  fieldNotForKind: 'A {{kind}} cannot have a {{field}}.',
  fieldRequiredForKind: '{{field}} is required for a {{kind}} from now on.',
  fieldsStaffOnly: 'Tenant users cannot change {{fields}}; ask the facility.',
  formerTenantGetsNoUsers: 'Tenant {{tenantName}} is {{tenantStatus}} and can no longer get new users.',
  notKatakana: '{{field}} must be written in katakana (e.g. タマゴショウジ); "{{value}}" is not.',
  notText: '{{field}} must be text.',
  openLeasesBlockExit:
    'Tenant {{tenantName}} cannot become {{to}} while it has open leases: {{leases}}. End or terminate its active leases and cancel its draft leases first.',
  screeningNeedsReview: 'A screening decision needs at least one reviewer’s score and comment.',
  tenantInUse: 'This tenant has leases or other records and cannot be deleted; archive it instead.',
  tenantNotFound: 'Tenant {{id}} was not found.',
  tenantNotInFacility: 'No tenant of this facility has id {{tenantId}}.',
  tenantUnknown: 'Tenant {{id}} does not exist.',
  transitionDetailsRequired: 'details are required.',
};
