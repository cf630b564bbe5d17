import { MigrationInterface, QueryRunner } from 'typeorm';
import { disableFacilityRls, enableFacilityRls } from '@tamago/database';

/** Partner organisations (支援機関) with their contacts; row-level security by facility. */
export class PartnerOrganizations1795735792032 implements MigrationInterface {
  name = 'PartnerOrganizations1795735792032';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      'CREATE TABLE "partner_organizations" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "facility_id" uuid NOT NULL, "kind" character varying(32) NOT NULL, "name" character varying(200) NOT NULL, "contacts" jsonb NOT NULL DEFAULT \'[]\', "notes" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_9d7eea28a3d4b1f14dd411c774e" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "partner_organizations_name_unique" ON "partner_organizations"  ("facility_id", "name") ',
    );
    await queryRunner.query(
      'CREATE INDEX "partner_organizations_facility_kind" ON "partner_organizations"  ("facility_id", "kind") ',
    );
    await queryRunner.query(
      'ALTER TABLE "partner_organizations" ADD CONSTRAINT "FK_e5e27338c37141a0723123ad669" FOREIGN KEY ("facility_id") REFERENCES "facilities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await enableFacilityRls(queryRunner, 'partner_organizations');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await disableFacilityRls(queryRunner, 'partner_organizations');
    await queryRunner.query('ALTER TABLE "partner_organizations" DROP CONSTRAINT "FK_e5e27338c37141a0723123ad669"');
    await queryRunner.query('DROP TABLE "partner_organizations"');
  }
}
