import { randomUUID } from 'node:crypto';
import { Role, TENANT_ROLES } from '@tamago/identity';
import { bearer } from '../support/factories';
import { changedTables, fingerprint } from './support/fingerprint';
import { concretePath, idsByTable, plausibleBody } from './support/ids';
import { idParams, jsonBodySchema } from './support/routes';
import { ATTACK_ROLES, COUNTS, SecurityWorld } from './support/world';

/** What a refused attempt may answer; the same as for an id that exists nowhere, never 2xx or 5xx. */
const REFUSALS = [400, 403, 404, 405, 409, 415, 422];

/**
 * Object-level authorization, generated: every operation of the live OpenAPI document whose path
 * names a record, every role, with ids of another facility (and, for tenant users, of another
 * tenant of their own facility). A new route is attacked without anyone editing this file.
 */
export function describeAuthorizationMatrix(world: () => SecurityWorld): void {
  it("refuses every role every other facility's and other tenant's record, exactly like an unknown id, and changes nothing", async () => {
    const { t, a, b, operator, routes, doc, fpQuery } = world();
    const otherFacility = await idsByTable(t, b.facilityId);
    const otherTenant = await idsByTable(t, a.facilityId, a.tenants.T2);
    const attacked = routes.filter((r) => !r.isPublic && idParams(r).length > 0);
    const leaks: string[] = [];
    let attempts = 0;
    let withRealIds = 0;
    const statuses = new Map<number, number>();
    for (const route of attacked) {
      const before = await fingerprint(t, fpQuery);
      for (const role of ATTACK_ROLES) {
        const token = role === Role.PlatformOperator ? operator : a.tokens.get(role)!;
        const scopes: [string, Map<string, string>][] = [['other facility', otherFacility]];
        if (TENANT_ROLES.includes(role)) scopes.push(['other tenant', otherTenant]);
        for (const [scope, ids] of scopes) {
          const unknownId = randomUUID();
          const foreign = concretePath(route, ids, unknownId);
          const unknown = concretePath(route, new Map(), unknownId);
          const body = plausibleBody(doc, jsonBodySchema(doc, route), b.tenants.T1);
          const send = (path: string) => {
            const req = t.http[route.method](path).set(bearer(token));
            return route.method === 'get' || route.method === 'delete' ? req : req.send((body as object) ?? {});
          };
          const got = await send(foreign.path);
          // 403 and 404 are what an unknown id gets too; any other refusal is compared with an unknown id's.
          const baseline = [403, 404].includes(got.status) ? got : await send(unknown.path);
          attempts++;
          if (foreign.realIds > 0) withRealIds++;
          statuses.set(got.status, (statuses.get(got.status) ?? 0) + 1);
          const label = `${route.method.toUpperCase()} ${route.path} as ${role} (${scope})`;
          const allowed = route.roles.includes(role);
          if (!allowed && got.status !== 403) leaks.push(`${label}: ${got.status}, expected 403`);
          else if (!REFUSALS.includes(got.status))
            leaks.push(`${label}: ${got.status} ${JSON.stringify(got.body).slice(0, 200)}`);
          else if (got.status !== baseline.status) {
            leaks.push(`${label}: ${got.status} for a foreign id but ${baseline.status} for an unknown one`);
          }
        }
      }
      const changed = changedTables(before, await fingerprint(t, fpQuery));
      if (changed.length > 0) leaks.push(`${route.method.toUpperCase()} ${route.path} changed ${changed.join(', ')}`);
    }
    console.log(
      `authorization matrix: ${attacked.length} routes with ids × ${ATTACK_ROLES.length} roles = ${attempts} attempts ` +
        `(${withRealIds} with existing foreign records, the rest with unknown ids), answers ${JSON.stringify(Object.fromEntries(statuses))}, ` +
        `${leaks.length} leaks`,
    );
    COUNTS.routesWithIds = attacked.length;
    COUNTS.roles = ATTACK_ROLES.length;
    COUNTS.authzAttempts = attempts;
    COUNTS.authzLeaks = leaks.length;
    expect(leaks).toEqual([]);
    expect(attacked.length).toBeGreaterThan(90);
  }, 600_000);
}
