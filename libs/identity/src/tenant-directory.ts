import { EntityManager } from 'typeorm';

/**
 * How identity checks a tenant user's tenantId without importing libs/tenants (which depends on
 * identity). Each app binds tenants' TenantLookup to it through IdentityPortsModule.
 */
export interface TenantDirectory {
  /**
   * Throws InvalidInput naming `field` unless `tenantId` is a tenant of the facility, and Conflict
   * when that tenant may no longer get users (archived, or graduated, withdrawn or rejected).
   */
  assertAcceptsUsers(em: EntityManager, facilityId: string, tenantId: string, field: string): Promise<void>;
}

/** Injection token of the TenantDirectory. */
export const TENANT_DIRECTORY = Symbol('TENANT_DIRECTORY');
