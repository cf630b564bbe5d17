import { MigrationInterface, QueryRunner } from 'typeorm';
import { disableFacilityRls, enableFacilityRls } from '@tamago/database';

/**
 * The transactional outbox (request roles may insert their facility's rows, never read them), the
 * started occasions of facility schedules (one per facility, kind and local date) and the facilities'
 * schedule settings.
 */

export class JobsOutboxSchedules1796161645703 implements MigrationInterface {
  name = 'JobsOutboxSchedules1796161645703';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"outbox_messages\" (\"id\" uuid NOT NULL, \"facility_id\" uuid, \"job_name\" character varying(64) NOT NULL, \"payload\" jsonb NOT NULL, \"job_id\" character varying(200) NOT NULL, \"delay_ms\" integer NOT NULL DEFAULT '0', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"relayed_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"PK_0171348f527c64b137e4d4f5b66\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"outbox_messages_pending\" ON \"outbox_messages\"  (\"created_at\") WHERE relayed_at IS NULL");
    await queryRunner.query("CREATE TABLE \"schedule_runs\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"facility_id\" uuid NOT NULL, \"kind\" character varying(64) NOT NULL, \"occasion\" date NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_ef93e91d5380c5f16f34c274af0\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"schedule_runs_once\" ON \"schedule_runs\"  (\"facility_id\", \"kind\", \"occasion\") ");
    await queryRunner.query("CREATE TABLE \"schedule_settings\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"facility_id\" uuid NOT NULL, \"kind\" character varying(64) NOT NULL, \"enabled\" boolean NOT NULL DEFAULT true, \"day_of_month\" integer, \"local_time\" character varying(5), \"options\" jsonb NOT NULL DEFAULT '{}', \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_33db8e8489ec5ff8bc4d952efc8\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"schedule_settings_kind\" ON \"schedule_settings\"  (\"facility_id\", \"kind\") ");
    await queryRunner.query(`ALTER TABLE "outbox_messages" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY "outbox_messages_facility_insert" ON "outbox_messages" FOR INSERT WITH CHECK (facility_id = tamago_current_facility())`,
    );
    await queryRunner.query(`REVOKE SELECT, UPDATE, DELETE ON "outbox_messages" FROM tamago_app`);
    await enableFacilityRls(queryRunner, 'schedule_runs');
    await enableFacilityRls(queryRunner, 'schedule_settings');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await disableFacilityRls(queryRunner, 'schedule_settings');
    await disableFacilityRls(queryRunner, 'schedule_runs');
    await queryRunner.query(`DROP POLICY IF EXISTS "outbox_messages_facility_insert" ON "outbox_messages"`);
    await queryRunner.query("DROP INDEX \"public\".\"schedule_settings_kind\"");
    await queryRunner.query("DROP TABLE \"schedule_settings\"");
    await queryRunner.query("DROP INDEX \"public\".\"schedule_runs_once\"");
    await queryRunner.query("DROP TABLE \"schedule_runs\"");
    await queryRunner.query("DROP INDEX \"public\".\"outbox_messages_pending\"");
    await queryRunner.query("DROP TABLE \"outbox_messages\"");
  }
}
