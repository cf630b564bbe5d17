import { TransactionRunner } from '@tamago/database';
import { TestApp } from '../../support/test-app';
import { LiveRoute, OpenApiDocument, SchemaObject, resolve } from './routes';

const snake = (s: string) =>
  s
    .replace(/-/g, '_')
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase();
const singular = (s: string) => s.replace(/ies$/, 'y').replace(/s$/, '');

/** One id per table of the given scope, read as the system (every table with id and facility_id). */
export async function idsByTable(t: TestApp, facilityId: string, tenantId?: string): Promise<Map<string, string>> {
  const tx = t.app.get(TransactionRunner);
  const tables: { table_name: string; has_tenant: boolean }[] = await tx.asSystem((em) =>
    em.query(
      `SELECT c.table_name, bool_or(c.column_name = 'tenant_id') AS has_tenant
         FROM information_schema.columns c
        WHERE c.table_schema = 'public' AND c.column_name IN ('id', 'facility_id', 'tenant_id')
        GROUP BY c.table_name
       HAVING bool_or(c.column_name = 'id') AND bool_or(c.column_name = 'facility_id')`,
    ),
  );
  const ids = new Map<string, string>();
  for (const { table_name: table, has_tenant } of tables) {
    if (tenantId && !has_tenant && table !== 'tenants') continue;
    const where = tenantId ? (table === 'tenants' ? 'AND id = $2' : 'AND tenant_id = $2') : '';
    const rows: { id: string }[] = await tx.asSystem((em) =>
      em.query(`SELECT id::text FROM "${table}" WHERE facility_id = $1 ${where} ORDER BY id LIMIT 1`, [
        facilityId,
        ...(tenantId ? [tenantId] : []),
      ]),
    );
    if (rows[0]) ids.set(table, rows[0].id);
  }
  return ids;
}

/** The tables a path parameter may name, most likely first (`/events/{id}/registrations/{registrationId}` → event_registrations). */
export function tablesFor(path: string, param: string): string[] {
  const segments = path.split('/').filter(Boolean);
  const at = segments.indexOf(`{${param}}`);
  const own = snake(segments[at - 1] ?? '');
  const parent = snake(segments[at - 3] ?? '');
  const base = snake(param.replace(/Id$/, ''));
  const candidates =
    param === 'id'
      ? [own]
      : [`${base}s`, own, `${singular(parent)}_${own}`, `${singular(parent)}_${base}s`, `${base}es`];
  return [...new Set(candidates.filter(Boolean))];
}

/** A concrete path with each id parameter from `ids` (by table), or the fallback when no table of that name has a row. */
export function concretePath(
  route: LiveRoute,
  ids: Map<string, string>,
  fallback: string,
): { path: string; realIds: number } {
  let realIds = 0;
  const path = route.path.replace(/\{([A-Za-z]+)\}/g, (_m, name: string) => {
    const table = tablesFor(route.path, name).find((c) => ids.has(c));
    if (table) realIds++;
    return table ? ids.get(table)! : fallback;
  });
  return { path, realIds };
}

/** A body that passes the route's DTO where it can: every required field with a plausible value. */
export function plausibleBody(
  doc: OpenApiDocument,
  schema: SchemaObject | undefined,
  uuid: string,
  depth = 0,
): unknown {
  const s = resolve(doc, schema);
  if (!s || depth > 6) return undefined;
  if (s.enum?.length) return s.enum[0];
  if (s.oneOf?.length) return plausibleBody(doc, s.oneOf[0], uuid, depth + 1);
  switch (s.type) {
    case 'integer':
    case 'number':
      return Math.max(s.minimum ?? 1, 1);
    case 'boolean':
      return true;
    case 'array':
      return [];
    case 'string':
      if (s.format === 'date') return '2027-04-01';
      if (s.format === 'date-time') return '2027-04-01T10:00:00+09:00';
      if (s.format === 'uuid') return uuid;
      if (s.format === 'email') return 'someone@example.test';
      return 'テスト';
    default: {
      const body: Record<string, unknown> = {};
      for (const key of s.required ?? []) body[key] = plausibleBody(doc, s.properties?.[key], uuid, depth + 1);
      return body;
    }
  }
}
