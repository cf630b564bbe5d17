import { QueryRunner } from 'typeorm';

/** The role request queries run under: no BYPASSRLS, not the owner of any table. */
export const APP_ROLE = 'tamago_app';

/** Per-transaction settings that the row-level-security policies and the audit log read. */
export const FACILITY_SETTING = 'tamago.facility_id';
export const ACTOR_SETTING = 'tamago.actor_id';

/**
 * Turns on row-level security for a facility-owned table. The policy reads the facility
 * from a transaction-local setting and fails closed: when it is unset, no row matches.
 * Used by migrations.
 */
export async function enableFacilityRls(qr: QueryRunner, table: string): Promise<void> {
  await qr.query(`ALTER TABLE "${table}" ENABLE ROW LEVEL SECURITY`);
  await qr.query(
    `CREATE POLICY "${table}_facility_isolation" ON "${table}" ` +
      `USING (facility_id = tamago_current_facility()) WITH CHECK (facility_id = tamago_current_facility())`,
  );
}

/** Reverses enableFacilityRls, for a migration's down(). */
export async function disableFacilityRls(qr: QueryRunner, table: string): Promise<void> {
  await qr.query(`DROP POLICY IF EXISTS "${table}_facility_isolation" ON "${table}"`);
  await qr.query(`ALTER TABLE "${table}" DISABLE ROW LEVEL SECURITY`);
}
