import { ExecutionContext } from '@nestjs/common';
import { ROUTE_ARGS_METADATA } from '@nestjs/common/constants';
import { DomainError, ErrorCode } from '@tamago/core';
import { Actor, Role, facilityOf } from '@tamago/identity';
import { FacilityId } from './auth.decorators';

/** The factory Nest calls for @FacilityId(), read from the route-argument metadata it leaves. */
function facilityIdFactory(): (data: unknown, ctx: ExecutionContext) => string {
  class Probe {
    handler(@FacilityId() _facilityId: string): void {}
  }
  const args = Reflect.getMetadata(ROUTE_ARGS_METADATA, Probe, 'handler') as Record<
    string,
    { factory: (data: unknown, ctx: ExecutionContext) => string; data: unknown }
  >;
  const [arg] = Object.values(args);
  return arg.factory;
}

const contextOf = (actor: Actor | undefined): ExecutionContext =>
  ({ switchToHttp: () => ({ getRequest: () => ({ actor }) }) }) as unknown as ExecutionContext;

const actor = (over: Partial<Actor>): Actor => ({
  userId: 'u-1',
  sessionId: 's-1',
  facilityId: null,
  tenantId: null,
  roles: [],
  email: 'someone@example.jp',
  locale: 'ja',
  ...over,
});

describe('@FacilityId()', () => {
  const factory = facilityIdFactory();

  it("resolves a staff member's facility id", () => {
    const staff = actor({ facilityId: 'f-1', roles: [Role.FacilityAdmin] });
    expect(factory(undefined, contextOf(staff))).toBe('f-1');
  });

  it("resolves a tenant user's facility id", () => {
    const tenant = actor({ facilityId: 'f-2', tenantId: 't-1', roles: [Role.TenantMember] });
    expect(factory(undefined, contextOf(tenant))).toBe('f-2');
  });

  it('refuses an account without a facility with the same DomainError as facilityOf', () => {
    const operator = actor({ roles: [Role.PlatformOperator] });
    let thrown: unknown;
    try {
      factory(undefined, contextOf(operator));
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect(thrown).toMatchObject({ code: ErrorCode.Forbidden, reason: 'identity.noFacility' });
    expect(thrown).toEqual(captured(() => facilityOf(operator)));
    expect((thrown as DomainError).message).toBe((captured(() => facilityOf(operator)) as DomainError).message);
  });

  it('is a programming error on a route without authentication', () => {
    expect(() => factory(undefined, contextOf(undefined))).toThrow('FacilityId used on a route without authentication');
  });
});

function captured(fn: () => unknown): unknown {
  try {
    fn();
  } catch (e) {
    return e;
  }
  throw new Error('expected a throw');
}
