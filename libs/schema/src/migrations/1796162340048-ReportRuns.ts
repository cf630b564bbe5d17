import { MigrationInterface, QueryRunner } from 'typeorm';
import { disableFacilityRls, enableFacilityRls } from '@tamago/database';

/** Report runs (status, progress and the file itself, kept for the facility's retention) and per-facility report settings; both under row-level security. */
export class ReportRuns1796162340048 implements MigrationInterface {
  name = 'ReportRuns1796162340048';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"report_runs\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"facility_id\" uuid NOT NULL, \"type\" character varying(32) NOT NULL, \"period\" character(7), \"fiscal_year\" integer, \"format\" character varying(8) NOT NULL, \"request_key\" character varying(80) NOT NULL, \"status\" character varying(12) NOT NULL DEFAULT 'queued', \"progress\" integer NOT NULL DEFAULT '0', \"generation\" integer NOT NULL DEFAULT '1', \"error\" text, \"file_name\" character varying(200), \"content_type\" character varying(100), \"file_size\" integer, \"file\" bytea, \"source\" character varying(12) NOT NULL DEFAULT 'api', \"requested_by\" uuid, \"mailed_at\" TIMESTAMP WITH TIME ZONE, \"finished_at\" TIMESTAMP WITH TIME ZONE, \"expires_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"report_runs_status\" CHECK (\"status\" IN ('queued', 'running', 'done', 'failed')), CONSTRAINT \"report_runs_progress\" CHECK (\"progress\" BETWEEN 0 AND 100), CONSTRAINT \"PK_ec9cd6617ae677b28700451a9b3\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"report_runs_created\" ON \"report_runs\"  (\"facility_id\", \"created_at\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"report_runs_request_key\" ON \"report_runs\"  (\"facility_id\", \"request_key\") ");
    await queryRunner.query("CREATE TABLE \"report_settings\" (\"facility_id\" uuid NOT NULL, \"recipients\" text array NOT NULL DEFAULT '{}', \"monthly_enabled\" boolean NOT NULL DEFAULT true, \"fiscal_year_enabled\" boolean NOT NULL DEFAULT true, \"scheduled_format\" character varying(8) NOT NULL DEFAULT 'pdf', \"retention_days\" integer NOT NULL DEFAULT '90', \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_4d9215986cbb90d1bd85c7eabb3\" PRIMARY KEY (\"facility_id\"))");
    await enableFacilityRls(queryRunner, 'report_runs');
    await enableFacilityRls(queryRunner, 'report_settings');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await disableFacilityRls(queryRunner, 'report_settings');
    await disableFacilityRls(queryRunner, 'report_runs');
    await queryRunner.query("DROP TABLE \"report_settings\"");
    await queryRunner.query("DROP TABLE \"report_runs\"");
  }
}
