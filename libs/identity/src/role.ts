/** Every role a user can hold. */
export enum Role {
  PlatformOperator = 'platform_operator',
  FacilityAdmin = 'facility_admin',
  IncubationManager = 'incubation_manager',
  Accountant = 'accountant',
  Advisor = 'advisor',
  Auditor = 'auditor',
  TenantAdmin = 'tenant_admin',
  TenantMember = 'tenant_member',
}

export const ALL_ROLES: readonly Role[] = Object.values(Role);

/** Roles of a facility's own staff (a staff user belongs to one facility). */
export const STAFF_ROLES: readonly Role[] = [
  Role.FacilityAdmin,
  Role.IncubationManager,
  Role.Accountant,
  Role.Advisor,
  Role.Auditor,
];

/** Roles of a tenant company's users (a tenant user belongs to one tenant of one facility). */
export const TENANT_ROLES: readonly Role[] = [Role.TenantAdmin, Role.TenantMember];

/** True when the role set is a valid combination: all staff roles or all tenant roles, not both. */
export function isCoherentRoleSet(roles: readonly Role[]): boolean {
  if (roles.length === 0) return false;
  if (roles.includes(Role.PlatformOperator)) return roles.length === 1;
  const staff = roles.every((r) => STAFF_ROLES.includes(r));
  const tenant = roles.every((r) => TENANT_ROLES.includes(r));
  return staff || tenant;
}
