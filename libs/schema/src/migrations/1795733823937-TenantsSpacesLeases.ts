import { MigrationInterface, QueryRunner } from "typeorm";
import { disableFacilityRls, enableFacilityRls } from "@tamago/database";

const FACILITY_TABLES = [
  "tenants",
  "tenant_contacts",
  "room_types",
  "spaces",
  "leases",
  "lease_spaces",
  "leasing_settings",
];

/**
 * Tenants, spaces and leases. Beyond what the entities say: btree_gist (needed by the
 * lease_spaces_no_overlap exclusion constraint, which compares uuids with = inside a gist
 * index) and row-level security on every new table.
 */
export class TenantsSpacesLeases1795733823937 implements MigrationInterface {
  name = "TenantsSpacesLeases1795733823937";

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`CREATE EXTENSION IF NOT EXISTS btree_gist`);
    await queryRunner.query(
      'CREATE TABLE "tenant_contacts" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "facility_id" uuid NOT NULL, "tenant_id" uuid NOT NULL, "role" character varying(16) NOT NULL, "name" character varying(100) NOT NULL, "name_kana" character varying(100), "email" character varying(254), "phone" character varying(32), "position" integer NOT NULL DEFAULT \'0\', CONSTRAINT "PK_64452488b0a15288f5f57d3b67a" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "tenant_contacts_tenant" ON "tenant_contacts"  ("facility_id", "tenant_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "tenants" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "facility_id" uuid NOT NULL, "kind" character varying(24) NOT NULL, "name" character varying(200) NOT NULL, "name_kana" character varying(200) NOT NULL, "trade_name" character varying(200), "corporate_number" character(13), "representative" character varying(200), "address" character varying(500), "industry" character varying(200), "founded_on" date, "employees" integer, "website" character varying(500), "tags" text array NOT NULL DEFAULT \'{}\', "manager_id" uuid, "status" character varying(16) NOT NULL, "screening" jsonb, "entered_on" date, "graduated_on" date, "graduation_reason" text, "graduation_destination" character varying(500), "withdrawn_on" date, "withdrawal_reason" text, "archived_at" TIMESTAMP WITH TIME ZONE, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_53be67a04681c66b87ee27c9321" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "tenants_facility_manager" ON "tenants"  ("facility_id", "manager_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "tenants_facility_status" ON "tenants"  ("facility_id", "status") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "tenants_corporate_number_unique" ON "tenants"  ("facility_id", "corporate_number") ',
    );
    await queryRunner.query(
      'CREATE TABLE "room_types" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "facility_id" uuid NOT NULL, "code" character varying(32) NOT NULL, "name_ja" character varying(100) NOT NULL, "name_en" character varying(100) NOT NULL, CONSTRAINT "PK_b6e1d0a9b67d4b9fbff9c35ab69" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "room_types_code_unique" ON "room_types"  ("facility_id", "code") ',
    );
    await queryRunner.query(
      'CREATE TABLE "spaces" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "facility_id" uuid NOT NULL, "code" character varying(32) NOT NULL, "building" character varying(100), "floor" character varying(16), "type_id" uuid NOT NULL, "area_sqm" numeric(10,2) NOT NULL, "monthly_rent" integer NOT NULL, "common_area_fee" integer NOT NULL DEFAULT \'0\', "status" character varying(16) NOT NULL DEFAULT \'vacant\', "equipment" text array NOT NULL DEFAULT \'{}\', "combinable_with" uuid array NOT NULL DEFAULT \'{}\', "notes" text, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_dbe542974aca57afcb60709d4c8" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "spaces_facility_type" ON "spaces"  ("facility_id", "type_id") ',
    );
    await queryRunner.query(
      'CREATE UNIQUE INDEX "spaces_code_unique" ON "spaces"  ("facility_id", "code") ',
    );
    await queryRunner.query(
      'CREATE TABLE "lease_spaces" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "facility_id" uuid NOT NULL, "lease_id" uuid NOT NULL, "space_id" uuid NOT NULL, "start_date" date NOT NULL, "end_date" date NOT NULL, "holds" boolean NOT NULL DEFAULT true, CONSTRAINT "lease_spaces_no_overlap" EXCLUDE USING gist ("facility_id" WITH =, "space_id" WITH =, daterange("start_date", "end_date", \'[]\') WITH &&) WHERE ("holds"), CONSTRAINT "PK_85c5977d0027dda2397b42ddca8" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "lease_spaces_space" ON "lease_spaces"  ("facility_id", "space_id") ',
    );
    await queryRunner.query(
      'CREATE INDEX "lease_spaces_lease" ON "lease_spaces"  ("facility_id", "lease_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "leases" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "facility_id" uuid NOT NULL, "tenant_id" uuid NOT NULL, "start_date" date NOT NULL, "end_date" date NOT NULL, "monthly_rent" integer NOT NULL, "common_area_fee" integer NOT NULL DEFAULT \'0\', "deposit" bigint NOT NULL DEFAULT \'0\', "notice_period_days" integer NOT NULL DEFAULT \'90\', "rent_schedule" jsonb, "status" character varying(16) NOT NULL DEFAULT \'draft\', "renewal_of_id" uuid, "rescreening" jsonb, "signed_on" date, "terminated_on" date, "termination_reason" text, "cancellation_reason" text, "moved_in_on" date, "moved_out_on" date, "deposit_settlement" jsonb, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_2668e338ab2d27079170ea55ea2" PRIMARY KEY ("id"))',
    );
    await queryRunner.query(
      'CREATE INDEX "leases_facility_status_end" ON "leases"  ("facility_id", "status", "end_date") ',
    );
    await queryRunner.query(
      'CREATE INDEX "leases_facility_tenant" ON "leases"  ("facility_id", "tenant_id") ',
    );
    await queryRunner.query(
      'CREATE TABLE "leasing_settings" ("facility_id" uuid NOT NULL, "max_tenure_months" integer NOT NULL DEFAULT \'60\', CONSTRAINT "PK_47201b75178a2531a6a074f0d86" PRIMARY KEY ("facility_id"))',
    );
    await queryRunner.query(
      'ALTER TABLE "tenant_contacts" ADD CONSTRAINT "FK_2649021af5bc55a9159eab6fc35" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "tenants" ADD CONSTRAINT "FK_e9df6d716ab61b4eb42bdccd0b4" FOREIGN KEY ("facility_id") REFERENCES "facilities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "tenants" ADD CONSTRAINT "FK_350e5e8593158bb415760b9542f" FOREIGN KEY ("manager_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "room_types" ADD CONSTRAINT "FK_e533578beb365604c087e185872" FOREIGN KEY ("facility_id") REFERENCES "facilities"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "spaces" ADD CONSTRAINT "FK_62da4377f94981e21242d7cad29" FOREIGN KEY ("type_id") REFERENCES "room_types"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "lease_spaces" ADD CONSTRAINT "FK_57b80690d131c432ade4d6c9a62" FOREIGN KEY ("lease_id") REFERENCES "leases"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "lease_spaces" ADD CONSTRAINT "FK_c979390c73b47bdf61e7dc6e3a2" FOREIGN KEY ("space_id") REFERENCES "spaces"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "leases" ADD CONSTRAINT "FK_b4787e839c9c76e31d5a06aa3c5" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "leases" ADD CONSTRAINT "FK_8d7675a18ffe450e794af36185f" FOREIGN KEY ("renewal_of_id") REFERENCES "leases"("id") ON DELETE RESTRICT ON UPDATE NO ACTION',
    );
    await queryRunner.query(
      'ALTER TABLE "leasing_settings" ADD CONSTRAINT "FK_47201b75178a2531a6a074f0d86" FOREIGN KEY ("facility_id") REFERENCES "facilities"("id") ON DELETE CASCADE ON UPDATE NO ACTION',
    );
    for (const table of FACILITY_TABLES)
      await enableFacilityRls(queryRunner, table);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...FACILITY_TABLES].reverse())
      await disableFacilityRls(queryRunner, table);
    await queryRunner.query(
      'ALTER TABLE "leasing_settings" DROP CONSTRAINT "FK_47201b75178a2531a6a074f0d86"',
    );
    await queryRunner.query(
      'ALTER TABLE "leases" DROP CONSTRAINT "FK_8d7675a18ffe450e794af36185f"',
    );
    await queryRunner.query(
      'ALTER TABLE "leases" DROP CONSTRAINT "FK_b4787e839c9c76e31d5a06aa3c5"',
    );
    await queryRunner.query(
      'ALTER TABLE "lease_spaces" DROP CONSTRAINT "FK_c979390c73b47bdf61e7dc6e3a2"',
    );
    await queryRunner.query(
      'ALTER TABLE "lease_spaces" DROP CONSTRAINT "FK_57b80690d131c432ade4d6c9a62"',
    );
    await queryRunner.query(
      'ALTER TABLE "spaces" DROP CONSTRAINT "FK_62da4377f94981e21242d7cad29"',
    );
    await queryRunner.query(
      'ALTER TABLE "room_types" DROP CONSTRAINT "FK_e533578beb365604c087e185872"',
    );
    await queryRunner.query(
      'ALTER TABLE "tenants" DROP CONSTRAINT "FK_350e5e8593158bb415760b9542f"',
    );
    await queryRunner.query(
      'ALTER TABLE "tenants" DROP CONSTRAINT "FK_e9df6d716ab61b4eb42bdccd0b4"',
    );
    await queryRunner.query(
      'ALTER TABLE "tenant_contacts" DROP CONSTRAINT "FK_2649021af5bc55a9159eab6fc35"',
    );
    await queryRunner.query('DROP TABLE "leasing_settings"');
    await queryRunner.query('DROP INDEX "public"."leases_facility_tenant"');
    await queryRunner.query('DROP INDEX "public"."leases_facility_status_end"');
    await queryRunner.query('DROP TABLE "leases"');
    await queryRunner.query('DROP INDEX "public"."lease_spaces_lease"');
    await queryRunner.query('DROP INDEX "public"."lease_spaces_space"');
    await queryRunner.query('DROP TABLE "lease_spaces"');
    await queryRunner.query('DROP INDEX "public"."spaces_code_unique"');
    await queryRunner.query('DROP INDEX "public"."spaces_facility_type"');
    await queryRunner.query('DROP TABLE "spaces"');
    await queryRunner.query('DROP INDEX "public"."room_types_code_unique"');
    await queryRunner.query('DROP TABLE "room_types"');
    await queryRunner.query(
      'DROP INDEX "public"."tenants_corporate_number_unique"',
    );
    await queryRunner.query('DROP INDEX "public"."tenants_facility_status"');
    await queryRunner.query('DROP INDEX "public"."tenants_facility_manager"');
    await queryRunner.query('DROP TABLE "tenants"');
    await queryRunner.query('DROP INDEX "public"."tenant_contacts_tenant"');
    await queryRunner.query('DROP TABLE "tenant_contacts"');
    // btree_gist is left installed: other objects of the database may have come to use it.
  }
}
