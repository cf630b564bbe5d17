import { DomainError } from '@tamago/core';
import { isTerminalTenantStatus } from './domain';
import type { OpenLease } from './tenant-exit-check';
import type { Tenant } from './tenant.entity';
import { TenantsError } from './errors';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** True when `value` can be a tenant id (anything else would fail in Postgres, not as a 400). */
export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/**
 * Conflict unless the tenant may still get portal users: an archived tenant, or one that left or
 * never entered (graduated, withdrawn, rejected), gets none. Users it already has are kept.
 */
export function assertTenantAcceptsUsers(tenant: Pick<Tenant, 'id' | 'name' | 'status' | 'archivedAt'>): void {
  const why = tenant.archivedAt ? 'archived' : isTerminalTenantStatus(tenant.status) ? tenant.status : null;
  if (why === null) return;
  throw DomainError.conflict(
    tenant.archivedAt ? TenantsError.ArchivedTenantGetsNoUsers : TenantsError.FormerTenantGetsNoUsers,
    `Tenant ${tenant.name} is ${why} and can no longer get new users.`,
    { tenantName: tenant.name, tenantStatus: tenant.status },
    {
      tenantId: tenant.id,
      tenantStatus: tenant.status,
      archived: tenant.archivedAt !== null,
    },
  );
}

/**
 * Conflict naming the leases when a tenant that still has open leases tries to graduate or
 * withdraw: its spaces would stay held and billed for a company that has left.
 */
export function assertNoOpenLeases(tenant: Pick<Tenant, 'name'>, to: string, leases: OpenLease[]): void {
  if (leases.length === 0) return;
  const listed = leases
    .map((l) => `${l.id} (${l.status}, ${l.spaceCodes.join(', ') || 'no space'}, ${l.startDate}–${l.endDate})`)
    .join('; ');
  throw DomainError.conflict(
    TenantsError.OpenLeasesBlockExit,
    `Tenant ${tenant.name} cannot become ${to} while it has open leases: ${listed}. ` +
      'End or terminate its active leases and cancel its draft leases first.',
    { tenantName: tenant.name, to, leases: listed },
    { openLeases: leases },
  );
}
