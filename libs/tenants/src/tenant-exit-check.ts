import { EntityManager } from 'typeorm';

/** A lease that still binds a tenant to the facility (not ended, terminated or cancelled). */
export interface OpenLease {
  id: string;
  status: string;
  startDate: string;
  endDate: string;
  /** Codes of the spaces the lease covers, for the message a person reads. */
  spaceCodes: string[];
}

/**
 * How tenants checks a tenant's leases before it graduates or withdraws, without importing
 * libs/leasing (which depends on tenants). Each app binds leasing's LeaseLookup to it through
 * TenantPortsModule.
 */
export interface TenantExitCheck {
  /** The tenant's leases that are still draft or active, oldest first. */
  openLeasesOf(em: EntityManager, facilityId: string, tenantId: string): Promise<OpenLease[]>;
}

/** Injection token of the TenantExitCheck. */
export const TENANT_EXIT_CHECK = Symbol('TENANT_EXIT_CHECK');
