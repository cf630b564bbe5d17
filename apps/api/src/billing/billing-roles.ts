import { Role } from '@tamago/identity';

/** Who runs billing: settings, charges, runs, corrections. */
export const BILLING_WRITERS = [Role.FacilityAdmin, Role.Accountant];
/** Staff who may read billing data (advisors do not). */
export const BILLING_READERS = [Role.FacilityAdmin, Role.Accountant, Role.IncubationManager, Role.Auditor];
