import { EntityManager } from 'typeorm';
import { DomainError, ErrorCode } from '@tamago/core';
import { Facility } from '@tamago/facilities';
import { todayIn } from '@tamago/core';
import { TenantService } from '@tamago/tenants';

/** Escapes LIKE wildcards in user search text. */
export function escapeLike(s: string): string {
  return s.replace(/[\\%_]/g, (m) => `\\${m}`);
}

/** Today in the facility's time zone (follow-up and review dates are business dates). */
export async function facilityToday(em: EntityManager, facilityId: string): Promise<string> {
  const facility = await em.findOneBy(Facility, { id: facilityId });
  return todayIn(facility?.timeZone);
}

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
      throw DomainError.invalid(field, `${field} must name a tenant of this facility.`);
    throw e;
  }
}
