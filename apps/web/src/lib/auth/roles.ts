import type { components } from '@tamago/api-client';

export type Me = components['schemas']['UserDto'];
export type Role = Me['roles'][number];

export const STAFF_ROLES: readonly Role[] = [
  'facility_admin',
  'incubation_manager',
  'accountant',
  'advisor',
  'auditor',
];
export const TENANT_ROLES: readonly Role[] = ['tenant_admin', 'tenant_member'];

/**
 * What each area of the staff workspace needs, mirroring the API's @Roles. Hiding is a courtesy;
 * the API decides.
 */
export const AREA_ROLES = {
  home: STAFF_ROLES,
  tenants: STAFF_ROLES,
  tenantsWrite: ['facility_admin', 'incubation_manager'],
  rooms: STAFF_ROLES,
  leasesWrite: ['facility_admin', 'incubation_manager'],
  billing: ['facility_admin', 'accountant', 'incubation_manager', 'auditor'],
  billingWrite: ['facility_admin', 'accountant'],
  payments: ['facility_admin', 'accountant', 'incubation_manager', 'auditor'],
  support: ['facility_admin', 'incubation_manager', 'advisor', 'auditor'],
  reports: ['facility_admin', 'incubation_manager', 'accountant', 'auditor'],
  settings: ['facility_admin', 'accountant'],
  users: ['facility_admin'],
  audit: ['facility_admin', 'auditor'],
} as const satisfies Record<string, readonly Role[]>;

export type Area = keyof typeof AREA_ROLES;

export function can(me: Pick<Me, 'roles'> | null | undefined, area: Area): boolean {
  if (!me) return false;
  const allowed: readonly Role[] = AREA_ROLES[area];
  return me.roles.some((r) => allowed.includes(r));
}

export function isStaff(me: Pick<Me, 'roles'>): boolean {
  return me.roles.some((r) => STAFF_ROLES.includes(r));
}
