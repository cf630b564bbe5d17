import { EntityManager } from 'typeorm';
import { DomainError, ErrorCode } from '@tamago/core';

import { TenantService } from '@tamago/tenants';
import { PartnersError } from './errors';

/** Escapes LIKE wildcards in user search text. */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (m) => `\\${m}`);
}

export { facilityToday } from '@tamago/facilities';

/** A tenant id from a request body: another facility's (or unknown) id is a 400 naming the field. */
export async function assertTenantInBody(
  tenants: TenantService,
  em: EntityManager,
  facilityId: string,
  tenantId: string,
  field = 'tenantId',
): Promise<void> {
  try {
    await tenants.load(em, facilityId, tenantId);
  } catch (e) {
    if (e instanceof DomainError && e.code === ErrorCode.NotFound)
      throw DomainError.invalid(
        PartnersError.TenantNotInFacility,
        field,
        `${field} must name a tenant of this facility.`,
        { field },
      );
    throw e;
  }
}
