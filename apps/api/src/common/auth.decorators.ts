import { ExecutionContext, SetMetadata, createParamDecorator } from '@nestjs/common';
import { Actor, Role, STAFF_ROLES, TENANT_ROLES, facilityOf } from '@tamago/identity';

export const ROLES_KEY = 'tamago:roles';
export const PUBLIC_KEY = 'tamago:public';

/** The roles allowed to call a route. Every route declares roles or @Public(); none is refused. */
export const Roles = (...roles: Role[]) => SetMetadata(ROLES_KEY, roles);

/** A route anyone may call without logging in (login, refresh, health). */
export const Public = () => SetMetadata(PUBLIC_KEY, true);

/** Request with the authenticated actor attached by the AuthGuard. */
export interface ActorRequest {
  actor?: Actor;
  headers: Record<string, string | string[] | undefined>;
  ip: string;
  id: string;
}

/** The authenticated caller. */
export const CurrentActor = createParamDecorator((_data: unknown, ctx: ExecutionContext): Actor => {
  const actor = ctx.switchToHttp().getRequest<ActorRequest>().actor;
  if (!actor) throw new Error('CurrentActor used on a route without authentication');
  return actor;
});

/**
 * What @FacilityId() resolves: the caller's facility id, by `facilityOf` — an account without a
 * facility gets its DomainError (forbidden, identity.noFacility).
 */
function facilityIdOf(_data: unknown, ctx: ExecutionContext): string {
  const actor = ctx.switchToHttp().getRequest<ActorRequest>().actor;
  if (!actor) throw new Error('FacilityId used on a route without authentication');
  return facilityOf(actor);
}

/**
 * The caller's facility id (`facilityOf(actor)`). The only place in apps/api that calls facilityOf
 * (test/architecture/facility-id.spec.ts).
 */
export const FacilityId = createParamDecorator(facilityIdOf);

/** Staff of a facility: every staff role. */
export const STAFF = STAFF_ROLES;
/** Everyone who belongs to a facility, staff or tenant. */
export const FACILITY_MEMBERS: readonly Role[] = [...STAFF_ROLES, ...TENANT_ROLES];
