import { DomainError, ErrorCode } from '@tamago/core';
import { Role } from './role';
import { IdentityError } from './errors';

/** The authenticated caller of a request, as every service sees it. */
export interface Actor {
  userId: string;
  sessionId: string;
  /** Null only for platform operators. */
  facilityId: string | null;
  /** Set for tenant users. */
  tenantId: string | null;
  roles: Role[];
  email: string;
  locale: string;
}

/** Facility id of a facility-bound actor; operators have none and get a 403 here. */
export function facilityOf(actor: Actor): string {
  if (!actor.facilityId)
    throw new DomainError(
      ErrorCode.Forbidden,
      IdentityError.NoFacility,
      'This action belongs to a facility; your account has none.',
    );
  return actor.facilityId;
}
