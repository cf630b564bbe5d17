import { TransactionRunner } from '@tamago/database';
import { TestApp } from '../../support/test-app';

/**
 * One statement that sums up every table of the schema: its row count and a hash over its rows'
 * contents. Two equal fingerprints mean nothing was inserted, changed or deleted anywhere.
 */
export async function fingerprintQuery(t: TestApp): Promise<string> {
  const tables: { table_name: string }[] = await t.app.get(TransactionRunner).asSystem((em) =>
    em.query(
      `SELECT table_name FROM information_schema.tables
          WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name NOT IN ('migrations', 'typeorm_metadata')
          ORDER BY table_name`,
    ),
  );
  return tables
    .map(
      ({ table_name: n }) =>
        `SELECT '${n}' AS t, count(*)::int AS n, md5(coalesce(string_agg(md5(x::text), '' ORDER BY md5(x::text)), '')) AS h FROM "${n}" x`,
    )
    .join(' UNION ALL ');
}

/** Reads the database fingerprint (table → "rows:hash"). */
export async function fingerprint(t: TestApp, query: string): Promise<Map<string, string>> {
  const rows: { t: string; n: number; h: string }[] = await t.app
    .get(TransactionRunner)
    .asSystem((em) => em.query(query));
  return new Map(rows.map((r) => [r.t, `${r.n}:${r.h}`]));
}

/** The tables whose fingerprint differs. */
export function changedTables(before: Map<string, string>, after: Map<string, string>): string[] {
  return [...after.keys()].filter((k) => before.get(k) !== after.get(k));
}
