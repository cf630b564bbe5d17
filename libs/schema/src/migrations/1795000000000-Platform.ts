import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Platform set-up that entities cannot express: the request role for row-level security
 * and the function every facility policy reads. Roles are cluster-wide, so creating one
 * tolerates another database (a parallel test run) having created it first.
 */
export class Platform1795000000000 implements MigrationInterface {
  name = 'Platform1795000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS pgcrypto`);
    await queryRunner.query(`
      DO $$ BEGIN
        IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = 'tamago_app') THEN
          CREATE ROLE tamago_app NOLOGIN NOBYPASSRLS;
        END IF;
      EXCEPTION WHEN duplicate_object OR unique_violation THEN NULL;
      END $$`);
    // The connecting user must be able to SET ROLE to it (a no-op grant for superusers).
    await queryRunner.query(`
      DO $$ BEGIN
        EXECUTE format('GRANT tamago_app TO %I', current_user);
      EXCEPTION WHEN duplicate_object OR invalid_grant_operation THEN NULL;
      END $$`);
    await queryRunner.query(`GRANT USAGE ON SCHEMA public TO tamago_app`);
    await queryRunner.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT SELECT, INSERT, UPDATE, DELETE ON TABLES TO tamago_app`,
    );
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public GRANT USAGE, SELECT ON SEQUENCES TO tamago_app`);
    // Fails closed: an unset or empty setting gives NULL, and NULL matches no row.
    await queryRunner.query(`
      CREATE OR REPLACE FUNCTION tamago_current_facility() RETURNS uuid
      LANGUAGE sql STABLE AS $$ SELECT nullif(current_setting('tamago.facility_id', true), '')::uuid $$`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP FUNCTION IF EXISTS tamago_current_facility()`);
    await queryRunner.query(
      `ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE SELECT, INSERT, UPDATE, DELETE ON TABLES FROM tamago_app`,
    );
    await queryRunner.query(`ALTER DEFAULT PRIVILEGES IN SCHEMA public REVOKE USAGE, SELECT ON SEQUENCES FROM tamago_app`);
    await queryRunner.query(`REVOKE USAGE ON SCHEMA public FROM tamago_app`);
    // The role is shared by every database of the cluster, so it is left in place.
  }
}
