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
 * Commands the request role may run on a facility table that no permissive policy of that role
 * limits to the facility: for SELECT, UPDATE and DELETE the policy's USING, for INSERT its WITH
 * CHECK (an ALL policy without WITH CHECK checks new rows with its USING).
 */
function uncoveredCommands(em: EntityManager): Promise<{ table: string; command: string }[]> {
  return em.query(
    `WITH cmds(cmd, priv) AS (VALUES ('r', 'SELECT'), ('a', 'INSERT'), ('w', 'UPDATE'), ('d', 'DELETE'))
     SELECT c.relname AS "table", cmds.priv AS command
       FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace CROSS JOIN cmds
      WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
        AND EXISTS (SELECT 1 FROM pg_attribute a
                 WHERE a.attrelid = c.oid AND a.attname = 'facility_id' AND NOT a.attisdropped)
        AND has_table_privilege($1, c.oid, cmds.priv)
        AND NOT EXISTS (
          SELECT 1 FROM pg_policy p
           WHERE p.polrelid = c.oid AND p.polpermissive AND p.polcmd IN ('*', cmds.cmd)
             AND (p.polroles = '{0}' OR (SELECT oid FROM pg_roles WHERE rolname = $1) = ANY (p.polroles))
             AND CASE WHEN cmds.cmd = 'a'
                      THEN coalesce(pg_get_expr(p.polwithcheck, p.polrelid), pg_get_expr(p.polqual, p.polrelid))
                      ELSE pg_get_expr(p.polqual, p.polrelid) END
                 ~ 'facility_id = tamago_current_facility\\(\\)')
      ORDER BY 1, 2`,
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

      // Each command the request role may run is limited to the facility, not just some of them
      // (a FOR SELECT policy leaves UPDATE and DELETE open; outbox_messages may only be inserted).
      expect(await uncoveredCommands(ds.manager)).toEqual([]);

      // No FORCE is needed, and none is set: the request role cannot skip the policies because it
      // owns no table, is no superuser and has no BYPASSRLS (system work runs as the owner and
      // names its facility in the WHERE; see test/architecture/scoped-writes.spec.ts).
      const [role] = await ds.query(
        `SELECT r.rolsuper AS super, r.rolbypassrls AS bypass,
                (SELECT count(*)::int FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
                  WHERE n.nspname = 'public' AND c.relowner = r.oid) AS owned
           FROM pg_roles r WHERE r.rolname = $1`,
        [APP_ROLE],
      );
      expect(role).toEqual({ super: false, bypass: false, owned: 0 });

      // Tables without facility_id that the request role reaches: facilities, guarded on its id, and
      // user_tokens, which it may only insert, for a user of its facility.
      const platform = await ds.query(
        `SELECT c.relname AS "table", c.relrowsecurity AS rls,
                EXISTS (SELECT 1 FROM pg_policy p WHERE p.polrelid = c.oid
                         AND concat(pg_get_expr(p.polqual, p.polrelid), ' ', pg_get_expr(p.polwithcheck, p.polrelid))
                             ~ '(^|\\W)(id|u\\.facility_id) = tamago_current_facility\\(\\)') AS policy,
                has_table_privilege($1, c.oid, 'SELECT') OR has_table_privilege($1, c.oid, 'UPDATE')
                  OR has_table_privilege($1, c.oid, 'DELETE') AS reads
           FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace
          WHERE n.nspname = 'public' AND c.relkind IN ('r', 'p')
            AND NOT EXISTS (SELECT 1 FROM pg_attribute a
                     WHERE a.attrelid = c.oid AND a.attname = 'facility_id' AND NOT a.attisdropped)
            AND (has_table_privilege($1, c.oid, 'SELECT') OR has_table_privilege($1, c.oid, 'INSERT')
              OR has_table_privilege($1, c.oid, 'UPDATE') OR has_table_privilege($1, c.oid, 'DELETE'))
          ORDER BY 1`,
        [APP_ROLE],
      );
      expect(platform).toEqual([
        { table: 'facilities', rls: true, policy: true, reads: true },
        { table: 'user_tokens', rls: true, policy: true, reads: false },
      ]);

      // A table a migration left without a policy is seen (in a transaction rolled back).
      await ds
        .transaction(async (em) => {
          await em.query('CREATE TABLE rls_probe (id int PRIMARY KEY, facility_id uuid)');
          await em.query(`GRANT SELECT ON rls_probe TO ${APP_ROLE}`);
          const probe = (await facilityTables(em)).find((r) => r.table === 'rls_probe');
          expect(probe).toMatchObject({ rls: false, policy: false, reachable: true });
          // A policy for reads only leaves the other granted commands uncovered.
          await em.query(`ALTER TABLE rls_probe ENABLE ROW LEVEL SECURITY`);
          await em.query(
            `CREATE POLICY rls_probe_read ON rls_probe FOR SELECT USING (facility_id = tamago_current_facility())`,
          );
          await em.query(`GRANT INSERT, UPDATE, DELETE ON rls_probe TO ${APP_ROLE}`);
          expect((await uncoveredCommands(em)).filter((r) => r.table === 'rls_probe')).toEqual([
            { table: 'rls_probe', command: 'DELETE' },
            { table: 'rls_probe', command: 'INSERT' },
            { table: 'rls_probe', command: 'UPDATE' },
          ]);
          throw new Error('rollback');
        })
        .catch((e: Error) => expect(e.message).toBe('rollback'));
    } finally {
      await ds.destroy();
    }
  });
});
