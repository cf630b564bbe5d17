import { randomUUID } from 'node:crypto';
import { Role } from '@tamago/identity';
import { bearer } from '../support/factories';
import { BAD_FILES, BAD_QUERY_VALUES, BadValue, badValuesFor } from './support/corpus';
import { changedTables, fingerprint } from './support/fingerprint';
import { plausibleBody } from './support/ids';
import { LiveRoute, jsonBodySchema, resolve } from './support/routes';
import { COUNTS, SecurityWorld } from './support/world';

/**
 * The wrong type and two more of a field's hostile values, a different two for each field, so
 * every kind is sent across the routes while the suite stays within its time.
 */
function sample(values: BadValue[], rotation: number): BadValue[] {
  if (values.length <= 3) return values;
  const rest = values.slice(1);
  return [values[0], rest[rotation % rest.length], rest[(rotation + 1) % rest.length]];
}

/** Routes whose successful call ends the attacker's own login; their inputs are checked elsewhere. */
const SKIPPED = new Set([
  'post /api/v1/auth/logout',
  'post /api/v1/auth/logout-everywhere',
  'post /api/v1/me/password',
]);
const PREFERRED: Role[] = [
  Role.FacilityAdmin,
  Role.IncubationManager,
  Role.Accountant,
  Role.Advisor,
  Role.TenantAdmin,
  Role.PlatformOperator,
];

interface Outcome {
  label: string;
  status: number;
  body: unknown;
  type: string;
  mayPass?: boolean;
}

const isProblem = (o: Outcome) => {
  const b = o.body as Record<string, unknown> | null;
  return /problem\+json/.test(o.type) && !!b && typeof b.status === 'number' && typeof b.title === 'string';
};

/**
 * A bad-input corpus generated from the OpenAPI document: every JSON field of every writable
 * route and every query parameter gets wrong types, hostile text, impossible dates and absurd
 * numbers; bodies go missing, grow unknown fields, nest deep, grow huge or arrive form-encoded;
 * upload routes get malformed CSV, Zengin and bank files. Every answer must be a 4xx problem
 * body (or, for an odd but valid value, a success), never a 5xx; a route that refused everything
 * must have changed nothing.
 */
export function describeBadInputCorpus(world: () => SecurityWorld): void {
  const tokenFor = (w: SecurityWorld, route: LiveRoute): string | null => {
    if (route.isPublic) return null;
    const role = PREFERRED.find((r) => route.roles.includes(r));
    if (!role) return null;
    return role === Role.PlatformOperator ? w.operator : w.a.tokens.get(role)!;
  };
  const pathOf = (route: LiveRoute) => route.path.replace(/\{[A-Za-z]+\}/g, () => randomUUID());

  it('answers every bad input with a 4xx problem body, never a 5xx, and changes nothing it refused', async () => {
    const w = world();
    const failures: string[] = [];
    let inputs = 0;
    let routesTried = 0;
    let accepted = 0;
    const statuses = new Map<number, number>();
    const kinds = new Set<string>();
    let rotation = 0;
    const judge = (o: Outcome) => {
      inputs++;
      kinds.add(o.label.replace(/^.*\[(?:query [^:]+: |[^:]+: )?/, '').replace(/\]$/, ''));
      statuses.set(o.status, (statuses.get(o.status) ?? 0) + 1);
      if (o.status >= 500) failures.push(`${o.label}: ${o.status}`);
      else if (o.status >= 400 && !isProblem(o)) failures.push(`${o.label}: ${o.status} without problem details`);
      else if (o.status < 400) {
        accepted++;
        if (!o.mayPass) failures.push(`${o.label}: accepted (${o.status})`);
      }
    };
    for (const route of w.routes) {
      if (SKIPPED.has(`${route.method} ${route.path}`)) continue;
      const token = tokenFor(w, route);
      if (!route.isPublic && !token) continue;
      const label = `${route.method.toUpperCase()} ${route.path}`;
      const before = await fingerprint(w.t, w.fpQuery);
      let anyAccepted = false;
      const call = async (
        name: string,
        build: (path: string) => ReturnType<typeof w.t.http.get>,
        mayPass?: boolean,
      ) => {
        const req = build(pathOf(route));
        if (token) void req.set(bearer(token));
        const res = await req;
        if (res.status < 400) anyAccepted = true;
        judge({
          label: `${label} [${name}]`,
          status: res.status,
          body: res.body,
          type: String(res.headers['content-type'] ?? ''),
          mayPass,
        });
      };
      routesTried++;
      // Query parameters, for every method.
      for (const p of route.operation.parameters?.filter((x) => x.in === 'query') ?? []) {
        for (const bad of sample(BAD_QUERY_VALUES, rotation++)) {
          await call(
            `query ${p.name}: ${bad.name}`,
            (path) => w.t.http[route.method](path).query({ [p.name]: bad.value }),
            true,
          );
        }
      }
      const content = route.operation.requestBody?.content ?? {};
      const schema = jsonBodySchema(w.doc, route);
      if (schema && route.method !== 'get' && route.method !== 'delete') {
        const valid = (plausibleBody(w.doc, schema, w.a.tenants.T1) ?? {}) as Record<string, unknown>;
        // Serialised here: superagent's own serialiser recurses and would overflow on the deep values.
        const send = (body: unknown) => (path: string) =>
          w.t.http[route.method](path).set('Content-Type', 'application/json').send(JSON.stringify(body));
        await call('missing fields', send({}), (schema.required ?? []).length === 0);
        await call('unknown field', send({ ...valid, __proto_evil: 1, isAdmin: true }));
        await call('array body', send([valid]));
        await call('deep JSON body', (path) =>
          w.t.http[route.method](path)
            .set('Content-Type', 'application/json')
            .send(`{"nested":${'['.repeat(5000)}${']'.repeat(5000)}}`),
        );
        await call('form-encoded body', (path) => w.t.http[route.method](path).type('form').send('name=x&amount=1'));
        await call('3 MB body', send({ ...valid, padding: 'x'.repeat(3 * 1024 * 1024) }));
        for (const [field, fieldSchema] of Object.entries(resolve(w.doc, schema)?.properties ?? {})) {
          for (const bad of sample(badValuesFor(w.doc, fieldSchema), rotation++)) {
            await call(`${field}: ${bad.name}`, send({ ...valid, [field]: bad.value }), (bad as BadValue).mayPass);
          }
        }
      }
      if (content['text/csv'] || content['multipart/form-data']) {
        for (const file of BAD_FILES) {
          await call(`file: ${file.name}`, (path) =>
            content['text/csv']
              ? w.t.http[route.method](path).type('text/csv').send(file.bytes)
              : w.t.http[route.method](path).attach('file', file.bytes, {
                  filename: 'bad.csv',
                  contentType: 'text/csv',
                }),
          );
        }
      }
      if (!anyAccepted) {
        const changed = changedTables(before, await fingerprint(w.t, w.fpQuery));
        if (changed.length > 0) failures.push(`${label}: refused everything but changed ${changed.join(', ')}`);
      }
    }
    console.log(
      `bad-input corpus: ${inputs} inputs on ${routesTried} routes, answers ${JSON.stringify(Object.fromEntries(statuses))}, ` +
        `${accepted} odd-but-valid values accepted, ${kinds.size} kinds of bad input, ${failures.length} failures`,
    );
    COUNTS.badInputs = inputs;
    COUNTS.badInputRoutes = routesTried;
    COUNTS.fiveHundreds = [...statuses.entries()].filter(([s]) => s >= 500).reduce((n, [, c]) => n + c, 0);
    expect(failures).toEqual([]);
  }, 900_000);
}
