import { EntityManager } from 'typeorm';
import { APP_ROLE } from '@tamago/database';
import { createDataSource } from '@tamago/schema';

interface FacilityTable {
  table: string;
  rls: boolean;
  forced: boolean;
  owner: string;
  policy: boolean;
  reachable: boolean;
}

/** Tables of the public schema with a facility_id column, and how they are guarded. */
function facilityTables(em: EntityManager): Promise<FacilityTable[]> {
  return em.query(
    `SELECT c.relname AS "table", c.relrowsecurity AS rls, c.relforcerowsecurity AS forced,
        pg_get_userbyid(c.relowner) AS owner,
        EXISTS (SELECT 1 FROM pg_policy p
                 WHERE p.polrelid = c.oid
                   AND concat(pg_get_expr(p.polqual, p.polrelid), ' ', pg_get_expr(p.polwithcheck, p.polrelid))
                       LIKE '%facility_id%') AS policy,
        (has_table_privilege($1, c.oid, 'SELECT') OR has_table_privilege($1, c.oid, 'INSERT')
          OR has_table_privilege($1, c.oid, 'UPDATE') OR has_table_privilege($1, c.oid, 'DELETE')) AS reachable
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
        AND EXISTS (SELECT 1 FROM pg_attribute a
                 WHERE a.attrelid = c.oid AND a.attname = 'facility_id' AND NOT a.attisdropped)
      ORDER BY c.relname`,
    [APP_ROLE],
  );
}

/**
 * Every table with a facility_id column is behind a facility row-level-security policy that the
 * request role cannot escape (RLS on, a policy on facility_id, and FORCEd when that role owns the
 * table), or else the request role has no privilege on it at all. Read from pg_class, so a new
 * migration that forgets its policy fails here.
 */
describe('row-level security coverage', () => {
  it('guards every table that has a facility_id column', async () => {
    const ds = createDataSource(process.env.DATABASE_URL!, { extra: { max: 1 } });
    await ds.initialize();
    try {
      const rows = await facilityTables(ds.manager);
      // The scan sees the facility tables (a wrong query would pass vacuously).
      expect(rows.map((r) => r.table)).toEqual(expect.arrayContaining(['tenants', 'invoices', 'payments', 'leases']));
      const unguarded = rows
        .filter((r) => r.reachable && !(r.rls && r.policy && (r.forced || r.owner !== APP_ROLE)))
        .map((r) => `${r.table} (rls ${r.rls}, policy ${r.policy}, forced ${r.forced}, owner ${r.owner})`);
      expect(unguarded).toEqual([]);

      // A table a migration left without a policy is seen (in a transaction rolled back).
      await ds
        .transaction(async (em) => {
          await em.query('CREATE TABLE rls_probe (id int PRIMARY KEY, facility_id uuid)');
          await em.query(`GRANT SELECT ON rls_probe TO ${APP_ROLE}`);
          const probe = (await facilityTables(em)).find((r) => r.table === 'rls_probe');
          expect(probe).toMatchObject({ rls: false, policy: false, reachable: true });
          throw new Error('rollback');
        })
        .catch((e: Error) => expect(e.message).toBe('rollback'));
    } finally {
      await ds.destroy();
    }
  });
});
