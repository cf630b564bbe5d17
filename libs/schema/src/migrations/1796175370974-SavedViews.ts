import { MigrationInterface, QueryRunner } from 'typeorm';
import { disableFacilityRls, enableFacilityRls } from '@tamago/database';

/** Saved views of the staff lists (tenants, invoices), per user; facility-isolated like every facility table. */

export class SavedViews1796175370974 implements MigrationInterface {
  name = 'SavedViews1796175370974';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"saved_views\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"facility_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"list\" character varying(32) NOT NULL, \"name\" character varying(60) NOT NULL, \"search\" jsonb NOT NULL, \"columns\" character varying(64) array, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_30acd4fbe2058d97631ab9bb2b6\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"saved_views_name\" ON \"saved_views\"  (\"facility_id\", \"user_id\", \"list\", \"name\") ");
    await enableFacilityRls(queryRunner, 'saved_views');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await disableFacilityRls(queryRunner, 'saved_views');
    await queryRunner.query("DROP INDEX \"public\".\"saved_views_name\"");
    await queryRunner.query("DROP TABLE \"saved_views\"");
  }
}
