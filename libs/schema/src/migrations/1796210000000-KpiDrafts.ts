import { MigrationInterface, QueryRunner } from 'typeorm';
import { disableFacilityRls, enableFacilityRls } from '@tamago/database';

/** Tenants' unsent KPI answers kept on the server (one per tenant and survey); facility-isolated like every facility table. */

export class KpiDrafts1796210000000 implements MigrationInterface {
  name = 'KpiDrafts1796210000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"kpi_drafts\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"facility_id\" uuid NOT NULL, \"survey_id\" uuid NOT NULL, \"tenant_id\" uuid NOT NULL, \"values\" jsonb NOT NULL, \"saved_by\" uuid NOT NULL, \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_661da30121a630efdb8a893b32e\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"kpi_drafts_one_per_tenant\" ON \"kpi_drafts\"  (\"facility_id\", \"survey_id\", \"tenant_id\") ");
    await queryRunner.query("ALTER TABLE \"kpi_drafts\" ADD CONSTRAINT \"FK_bcf23b88bdae8660cf86e11d0c3\" FOREIGN KEY (\"survey_id\") REFERENCES \"kpi_surveys\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"kpi_drafts\" ADD CONSTRAINT \"FK_6ab6729a4f1c102074e46c3c53a\" FOREIGN KEY (\"tenant_id\") REFERENCES \"tenants\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await enableFacilityRls(queryRunner, 'kpi_drafts');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await disableFacilityRls(queryRunner, 'kpi_drafts');
    await queryRunner.query("ALTER TABLE \"kpi_drafts\" DROP CONSTRAINT \"FK_6ab6729a4f1c102074e46c3c53a\"");
    await queryRunner.query("ALTER TABLE \"kpi_drafts\" DROP CONSTRAINT \"FK_bcf23b88bdae8660cf86e11d0c3\"");
    await queryRunner.query("DROP INDEX \"public\".\"kpi_drafts_one_per_tenant\"");
    await queryRunner.query("DROP TABLE \"kpi_drafts\"");
  }
}
