import { MigrationInterface, QueryRunner } from 'typeorm';
import { disableFacilityRls, enableFacilityRls } from '@tamago/database';

const FACILITY_TABLES = ['meter_readings', 'api_keys', 'metering_settings', 'kpi_surveys', 'kpi_submissions'];

/** Rules the entities cannot express; the application checks them first, the database guards them. */
const CHECKS: [table: string, name: string, check: string][] = [
  ['meter_readings', 'meter_readings_kind', `kind IN ('electricity', 'water', 'gas')`],
  ['meter_readings', 'meter_readings_source', `source IN ('manual', 'csv', 'device')`],
  ['meter_readings', 'meter_readings_amounts', 'value >= 0 AND consumption >= 0'],
  ['meter_readings', 'meter_readings_period', `period = to_char(read_on, 'YYYY-MM')`],
  [
    'meter_readings',
    'meter_readings_replacement',
    '(is_replacement AND old_meter_final IS NOT NULL) OR (NOT is_replacement AND old_meter_final IS NULL AND new_meter_initial IS NULL)',
  ],
  ['kpi_surveys', 'kpi_surveys_window', 'start_date <= end_date AND opens_on <= closes_on'],
  [
    'kpi_submissions',
    'kpi_submissions_figures',
    'employees >= 0 AND revenue >= 0 AND money_raised >= 0 AND patents >= 0 AND products_launched >= 0',
  ],
  ['kpi_submissions', 'kpi_submissions_entered_by', `entered_by IN ('tenant', 'staff')`],
];

/**
 * Meter readings, device API keys, metering settings (emission factor) and KPI surveys. Beyond
 * what the entities say: check constraints and row-level security on every table. api_keys is
 * looked up by hash across facilities only by the system (device authentication).
 */
export class MeteringKpi1795736204317 implements MigrationInterface {
  name = 'MeteringKpi1795736204317';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"kpi_surveys\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"facility_id\" uuid NOT NULL, \"period\" character varying(16) NOT NULL, \"start_date\" date NOT NULL, \"end_date\" date NOT NULL, \"opens_on\" date NOT NULL, \"closes_on\" date NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_364f7700d71e43353aee945a266\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"kpi_surveys_period_unique\" ON \"kpi_surveys\"  (\"facility_id\", \"period\") ");
    await queryRunner.query("CREATE TABLE \"kpi_submissions\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"facility_id\" uuid NOT NULL, \"survey_id\" uuid NOT NULL, \"tenant_id\" uuid NOT NULL, \"employees\" integer NOT NULL, \"revenue\" bigint NOT NULL, \"money_raised\" bigint NOT NULL, \"patents\" integer NOT NULL, \"products_launched\" integer NOT NULL, \"note\" text, \"entered_by\" character varying(8) NOT NULL, \"submitted_by\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_5d8c463b6b5b9aeb23212694604\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"kpi_submissions_tenant\" ON \"kpi_submissions\"  (\"facility_id\", \"tenant_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"kpi_submissions_one_per_tenant\" ON \"kpi_submissions\"  (\"facility_id\", \"survey_id\", \"tenant_id\") ");
    await queryRunner.query("CREATE TABLE \"meter_readings\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"facility_id\" uuid NOT NULL, \"space_id\" uuid NOT NULL, \"kind\" character varying(16) NOT NULL, \"read_on\" date NOT NULL, \"period\" character(7) NOT NULL, \"value\" bigint NOT NULL, \"consumption\" bigint NOT NULL, \"is_replacement\" boolean NOT NULL DEFAULT false, \"old_meter_final\" bigint, \"new_meter_initial\" bigint, \"source\" character varying(8) NOT NULL, \"recorded_by\" uuid, \"api_key_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_e1a17bbc8bfc32c9d70adc7c2bc\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"meter_readings_facility_period\" ON \"meter_readings\"  (\"facility_id\", \"period\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"meter_readings_one_per_month\" ON \"meter_readings\"  (\"facility_id\", \"space_id\", \"kind\", \"period\") ");
    await queryRunner.query("CREATE TABLE \"api_keys\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"facility_id\" uuid NOT NULL, \"name\" character varying(100) NOT NULL, \"prefix\" character varying(16) NOT NULL, \"key_hash\" character(64) NOT NULL, \"created_by\" uuid, \"last_used_at\" TIMESTAMP WITH TIME ZONE, \"revoked_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_5c8a79801b44bd27b79228e1dad\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"api_keys_facility\" ON \"api_keys\"  (\"facility_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"api_keys_hash_unique\" ON \"api_keys\"  (\"key_hash\") ");
    await queryRunner.query("CREATE TABLE \"metering_settings\" (\"facility_id\" uuid NOT NULL, \"emission_factor\" character varying(24), CONSTRAINT \"PK_f5cf9d7335c5f2b685fbf7745c8\" PRIMARY KEY (\"facility_id\"))");
    await queryRunner.query("ALTER TABLE \"kpi_surveys\" ADD CONSTRAINT \"FK_7f6743caa2497df4b88b672d0a6\" FOREIGN KEY (\"facility_id\") REFERENCES \"facilities\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"kpi_submissions\" ADD CONSTRAINT \"FK_3e7903ccb23c19dfc22158f0029\" FOREIGN KEY (\"survey_id\") REFERENCES \"kpi_surveys\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"kpi_submissions\" ADD CONSTRAINT \"FK_e459f5c369580778e8822b975ef\" FOREIGN KEY (\"tenant_id\") REFERENCES \"tenants\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"meter_readings\" ADD CONSTRAINT \"FK_8602ae35eee71e79b9e91c77cfc\" FOREIGN KEY (\"space_id\") REFERENCES \"spaces\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"api_keys\" ADD CONSTRAINT \"FK_065bbfd85b05c1375739ad1ac65\" FOREIGN KEY (\"facility_id\") REFERENCES \"facilities\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"metering_settings\" ADD CONSTRAINT \"FK_f5cf9d7335c5f2b685fbf7745c8\" FOREIGN KEY (\"facility_id\") REFERENCES \"facilities\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    for (const [table, name, check] of CHECKS) {
      await queryRunner.query(`ALTER TABLE "${table}" ADD CONSTRAINT "${name}" CHECK (${check})`);
    }
    for (const table of FACILITY_TABLES) await enableFacilityRls(queryRunner, table);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...FACILITY_TABLES].reverse()) await disableFacilityRls(queryRunner, table);
    for (const [table, name] of [...CHECKS].reverse()) {
      await queryRunner.query(`ALTER TABLE "${table}" DROP CONSTRAINT "${name}"`);
    }
    await queryRunner.query("ALTER TABLE \"metering_settings\" DROP CONSTRAINT \"FK_f5cf9d7335c5f2b685fbf7745c8\"");
    await queryRunner.query("ALTER TABLE \"api_keys\" DROP CONSTRAINT \"FK_065bbfd85b05c1375739ad1ac65\"");
    await queryRunner.query("ALTER TABLE \"meter_readings\" DROP CONSTRAINT \"FK_8602ae35eee71e79b9e91c77cfc\"");
    await queryRunner.query("ALTER TABLE \"kpi_submissions\" DROP CONSTRAINT \"FK_e459f5c369580778e8822b975ef\"");
    await queryRunner.query("ALTER TABLE \"kpi_submissions\" DROP CONSTRAINT \"FK_3e7903ccb23c19dfc22158f0029\"");
    await queryRunner.query("ALTER TABLE \"kpi_surveys\" DROP CONSTRAINT \"FK_7f6743caa2497df4b88b672d0a6\"");
    await queryRunner.query("DROP TABLE \"metering_settings\"");
    await queryRunner.query("DROP TABLE \"api_keys\"");
    await queryRunner.query("DROP TABLE \"meter_readings\"");
    await queryRunner.query("DROP TABLE \"kpi_submissions\"");
    await queryRunner.query("DROP TABLE \"kpi_surveys\"");
  }
}
