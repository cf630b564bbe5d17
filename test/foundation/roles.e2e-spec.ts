import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA } from '@nestjs/common/constants';
import { DiscoveryService, Reflector } from '@nestjs/core';
import { AuthService, Role } from '@tamago/identity';
import { AuthGuard } from '../../apps/api/src/common/auth.guard';
import { PUBLIC_KEY, ROLES_KEY } from '../../apps/api/src/common/auth.decorators';
import { TestFacility, bearer, createFacility, createUser } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';

interface Route {
  method: string;
  path: string;
  roles?: Role[];
  isPublic: boolean;
}

/** Every route of the API, read from the controllers' metadata. */
function routeTable(t: TestApp): Route[] {
  const reflector = t.app.get(Reflector);
  const routes: Route[] = [];
  for (const wrapper of t.app.get(DiscoveryService).getControllers()) {
    const ctrl = wrapper.metatype as (new (...a: never[]) => object) | null;
    if (!ctrl) continue;
    const base = String(Reflect.getMetadata(PATH_METADATA, ctrl) ?? '');
    for (const name of Object.getOwnPropertyNames(ctrl.prototype)) {
      const handler = (ctrl.prototype as Record<string, unknown>)[name];
      if (name === 'constructor' || typeof handler !== 'function') continue;
      const method = Reflect.getMetadata(METHOD_METADATA, handler) as RequestMethod | undefined;
      if (method === undefined) continue;
      const sub = String(Reflect.getMetadata(PATH_METADATA, handler) ?? '');
      const path = `/${[base, sub].filter((s) => s && s !== '/').join('/')}`.replace(/\/+/g, '/');
      routes.push({
        method: RequestMethod[method],
        path: base === 'health' ? path : `/api/v1${path === '/' ? '' : path}`,
        roles: reflector.getAllAndOverride<Role[]>(ROLES_KEY, [handler, ctrl]),
        isPublic: !!reflector.getAllAndOverride<boolean>(PUBLIC_KEY, [handler, ctrl]),
      });
    }
  }
  return routes;
}

const concrete = (path: string) => path.replace(/:[A-Za-z]+/g, '00000000-0000-4000-8000-000000000000');

describe('roles', () => {
  let t: TestApp;
  let f: TestFacility;

  beforeAll(async () => {
    t = await createTestApp();
    f = await createFacility(t.app, t.http);
  });
  afterAll(() => t.close());

  it('every route declares its roles or is explicitly public', () => {
    const routes = routeTable(t);
    expect(routes.length).toBeGreaterThan(10);
    const undeclared = routes.filter((r) => !r.isPublic && (!r.roles || r.roles.length === 0));
    expect(undeclared).toEqual([]);
    const publicRoutes = routes
      .filter((r) => r.isPublic)
      .map((r) => `${r.method} ${r.path}`)
      .sort();
    expect(publicRoutes).toEqual([
      'GET /health',
      'POST /api/v1/auth/invitations/accept',
      'POST /api/v1/auth/login',
      'POST /api/v1/auth/password-reset/confirm',
      'POST /api/v1/auth/password-reset/request',
      'POST /api/v1/auth/refresh',
      'POST /api/v1/device/meter-readings',
    ]);
  });

  it('every non-public route refuses a request without a token', async () => {
    for (const r of routeTable(t).filter((x) => !x.isPublic)) {
      const res = await t.http[r.method.toLowerCase() as 'get'](concrete(r.path)).send({});
      expect([r.method, r.path, res.status]).toEqual([r.method, r.path, 401]);
    }
  });

  it('every non-public route refuses a role it does not list', async () => {
    const tokens = new Map<Role, string>();
    for (const role of [Role.IncubationManager, Role.Accountant, Role.Advisor, Role.Auditor]) {
      tokens.set(role, (await createUser(t.app, t.http, f.facilityId, [role])).token);
    }
    tokens.set(Role.FacilityAdmin, f.adminToken);
    let checked = 0;
    for (const r of routeTable(t).filter((x) => !x.isPublic)) {
      const denied = [...tokens.keys()].find((role) => !r.roles!.includes(role));
      if (!denied) continue;
      const res = await t.http[r.method.toLowerCase() as 'get'](concrete(r.path))
        .set(bearer(tokens.get(denied)!))
        .send({});
      expect([r.method, r.path, denied, res.status]).toEqual([r.method, r.path, denied, 403]);
      checked++;
    }
    expect(checked).toBeGreaterThan(3);
  });

  it('a route without declared roles is refused even for an admin', async () => {
    const guard = new AuthGuard(t.app.get(Reflector), t.app.get(AuthService));
    class Undeclared {
      handler() {}
    }
    const ctx = {
      getHandler: () => Undeclared.prototype.handler,
      getClass: () => Undeclared,
      switchToHttp: () => ({ getRequest: () => ({ headers: { authorization: `Bearer ${f.adminToken}` } }) }),
    };
    await expect(guard.canActivate(ctx as never)).rejects.toMatchObject({ code: 'forbidden' });
  });
});
