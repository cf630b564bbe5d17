import { MigrationInterface, QueryRunner } from 'typeorm';
import { disableFacilityRls, enableFacilityRls } from '@tamago/database';

const FACILITY_TABLES = [
  'subsidy_programs',
  'subsidy_rounds',
  'subsidy_applications',
  'subsidy_stage_events',
  'attachments',
  'advisors',
  'advisory_sessions',
  'support_settings',
];

/**
 * Support: subsidy programmes, rounds, cases and their stage history, attachments (bytea),
 * advisors, advisory sessions and the facility's support settings. Beyond what the entities
 * say: row-level security on every table. advisory_sessions_no_double_booking needs btree_gist
 * (uuid = inside a gist index), created by TenantsSpacesLeases; IF NOT EXISTS keeps this
 * migration runnable on its own. advisors.organization_id has no foreign key on purpose:
 * libs/partners depends on libs/support, and the id is checked through partners' service.
 */
export class SupportSubsidiesAdvisory1795736124409 implements MigrationInterface {
  name = 'SupportSubsidiesAdvisory1795736124409';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query('CREATE EXTENSION IF NOT EXISTS btree_gist');
    await queryRunner.query("CREATE TABLE \"subsidy_rounds\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"facility_id\" uuid NOT NULL, \"program_id\" uuid NOT NULL, \"name\" character varying(100) NOT NULL, \"opens_on\" date NOT NULL, \"closes_on\" date NOT NULL, \"project_deadline\" date, \"prerequisite_cutoffs\" jsonb NOT NULL DEFAULT '[]', CONSTRAINT \"PK_e152dbb3e9d09f65e6271e5e2e9\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"subsidy_rounds_name_unique\" ON \"subsidy_rounds\"  (\"facility_id\", \"program_id\", \"name\") ");
    await queryRunner.query("CREATE TABLE \"subsidy_programs\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"facility_id\" uuid NOT NULL, \"name\" character varying(200) NOT NULL, \"agency\" character varying(200) NOT NULL, \"subsidy_rate\" character varying(21) NOT NULL, \"max_amount\" bigint NOT NULL, \"categories\" text array NOT NULL DEFAULT '{}', \"report_within_days\" integer NOT NULL DEFAULT '30', \"commercialisation_report_count\" integer NOT NULL DEFAULT '5', \"notes\" text, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_a54969bc430b723ac8d664ad389\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"subsidy_programs_name_unique\" ON \"subsidy_programs\"  (\"facility_id\", \"name\") ");
    await queryRunner.query("CREATE TABLE \"advisors\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"facility_id\" uuid NOT NULL, \"name\" character varying(200) NOT NULL, \"kind\" character varying(32) NOT NULL, \"organization_id\" uuid, \"user_id\" uuid, \"email\" character varying(254), \"expertise\" text array NOT NULL DEFAULT '{}', \"availability\" jsonb NOT NULL, \"active\" boolean NOT NULL DEFAULT true, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_4baf808487b3dcc389087c9cdeb\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"advisors_facility_name\" ON \"advisors\"  (\"facility_id\", \"name\") ");
    await queryRunner.query("CREATE TABLE \"subsidy_applications\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"facility_id\" uuid NOT NULL, \"tenant_id\" uuid NOT NULL, \"program_id\" uuid NOT NULL, \"round_id\" uuid NOT NULL, \"manager_id\" uuid, \"advisor_id\" uuid, \"title\" character varying(200), \"stage\" character varying(16) NOT NULL DEFAULT 'planning', \"requested_amount\" bigint, \"decided_amount\" bigint, \"fixed_amount\" bigint, \"paid_amount\" bigint, \"project_deadline\" date, \"milestones\" jsonb NOT NULL DEFAULT '{}', \"prerequisites\" jsonb NOT NULL DEFAULT '[]', \"evidence\" jsonb NOT NULL DEFAULT '[]', \"staff_notes\" text, \"closed_reason\" text, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_e99659ee0954c39589d7c2b99f9\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"subsidy_applications_round\" ON \"subsidy_applications\"  (\"facility_id\", \"program_id\", \"round_id\") ");
    await queryRunner.query("CREATE INDEX \"subsidy_applications_tenant\" ON \"subsidy_applications\"  (\"facility_id\", \"tenant_id\") ");
    await queryRunner.query("CREATE TABLE \"subsidy_stage_events\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"facility_id\" uuid NOT NULL, \"application_id\" uuid NOT NULL, \"from_stage\" character varying(16), \"to_stage\" character varying(16) NOT NULL, \"occurred_on\" date NOT NULL, \"details\" jsonb NOT NULL DEFAULT '{}', \"note\" text, \"actor_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_dbe561819690d4abfdca064bb6d\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"subsidy_stage_events_application\" ON \"subsidy_stage_events\"  (\"facility_id\", \"application_id\") ");
    await queryRunner.query("CREATE TABLE \"attachments\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"facility_id\" uuid NOT NULL, \"owner_type\" character varying(32) NOT NULL, \"owner_id\" uuid NOT NULL, \"purpose\" character varying(64) NOT NULL, \"filename\" character varying(255) NOT NULL, \"content_type\" character varying(127) NOT NULL, \"size_bytes\" integer NOT NULL, \"sha256\" character(64) NOT NULL, \"data\" bytea NOT NULL, \"uploaded_by\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"attachments_size_limit\" CHECK (\"size_bytes\" >= 0 AND \"size_bytes\" <= 10485760), CONSTRAINT \"PK_5e1f050bcff31e3084a1d662412\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"attachments_owner\" ON \"attachments\"  (\"facility_id\", \"owner_type\", \"owner_id\") ");
    await queryRunner.query("CREATE TABLE \"advisory_sessions\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"facility_id\" uuid NOT NULL, \"kind\" character varying(16) NOT NULL, \"tenant_id\" uuid NOT NULL, \"advisor_id\" uuid, \"staff_id\" uuid, \"starts_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"ends_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"mode\" character varying(16), \"channel\" character varying(16), \"topic\" character varying(32) NOT NULL, \"notes\" text, \"summary\" text, \"minutes_spent\" integer, \"follow_ups\" jsonb NOT NULL DEFAULT '[]', \"status\" character varying(16) NOT NULL, \"chargeable\" boolean NOT NULL DEFAULT false, \"booked_by\" character varying(8) NOT NULL DEFAULT 'staff', \"cancelled_at\" TIMESTAMP WITH TIME ZONE, \"cancel_reason\" text, \"created_by\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"advisory_sessions_ends_after_start\" CHECK (\"ends_at\" > \"starts_at\"), CONSTRAINT \"advisory_sessions_no_double_booking\" EXCLUDE USING gist (\"facility_id\" WITH =, \"advisor_id\" WITH =, tstzrange(\"starts_at\", \"ends_at\") WITH &&) WHERE ((\"kind\" = 'appointment' AND \"status\" <> 'cancelled')), CONSTRAINT \"PK_995a6396d59c9afcf574fd4b8a9\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"advisory_sessions_start\" ON \"advisory_sessions\"  (\"facility_id\", \"starts_at\") ");
    await queryRunner.query("CREATE INDEX \"advisory_sessions_tenant_start\" ON \"advisory_sessions\"  (\"facility_id\", \"tenant_id\", \"starts_at\") ");
    await queryRunner.query("CREATE TABLE \"support_settings\" (\"facility_id\" uuid NOT NULL, \"free_sessions_per_year\" integer NOT NULL DEFAULT '4', \"quota_policy\" character varying(16) NOT NULL DEFAULT 'refuse', \"tenant_cancel_hours\" integer NOT NULL DEFAULT '24', CONSTRAINT \"PK_428a0455c365aa20c6ed4e07da4\" PRIMARY KEY (\"facility_id\"))");
    await queryRunner.query("ALTER TABLE \"subsidy_rounds\" ADD CONSTRAINT \"FK_1d980a5f0332d0a3d0f89f3288f\" FOREIGN KEY (\"program_id\") REFERENCES \"subsidy_programs\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"advisors\" ADD CONSTRAINT \"FK_d6248cebae56980d67d24b1c3f7\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"subsidy_applications\" ADD CONSTRAINT \"FK_f7d6f36ff4ff45549201c536f73\" FOREIGN KEY (\"tenant_id\") REFERENCES \"tenants\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"subsidy_applications\" ADD CONSTRAINT \"FK_5f586649b50bc3d986164b11b38\" FOREIGN KEY (\"program_id\") REFERENCES \"subsidy_programs\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"subsidy_applications\" ADD CONSTRAINT \"FK_0fecaeef8c9baa304a0669e3e02\" FOREIGN KEY (\"round_id\") REFERENCES \"subsidy_rounds\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"subsidy_applications\" ADD CONSTRAINT \"FK_9ed9ebf487a7e34e542d987df34\" FOREIGN KEY (\"manager_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"subsidy_applications\" ADD CONSTRAINT \"FK_d411f47468ca904a41e829a836b\" FOREIGN KEY (\"advisor_id\") REFERENCES \"advisors\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"subsidy_stage_events\" ADD CONSTRAINT \"FK_6bc0405417490b2db5b6c42da54\" FOREIGN KEY (\"application_id\") REFERENCES \"subsidy_applications\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"advisory_sessions\" ADD CONSTRAINT \"FK_8f098751b49f69a2e240155713a\" FOREIGN KEY (\"tenant_id\") REFERENCES \"tenants\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"advisory_sessions\" ADD CONSTRAINT \"FK_7a7aa1cdc11eec7be638a4b294a\" FOREIGN KEY (\"advisor_id\") REFERENCES \"advisors\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"advisory_sessions\" ADD CONSTRAINT \"FK_5f77be82897a1c263d5b9c1a4fd\" FOREIGN KEY (\"staff_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"support_settings\" ADD CONSTRAINT \"FK_428a0455c365aa20c6ed4e07da4\" FOREIGN KEY (\"facility_id\") REFERENCES \"facilities\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    for (const table of FACILITY_TABLES) await enableFacilityRls(queryRunner, table);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...FACILITY_TABLES].reverse()) await disableFacilityRls(queryRunner, table);
    await queryRunner.query("ALTER TABLE \"support_settings\" DROP CONSTRAINT \"FK_428a0455c365aa20c6ed4e07da4\"");
    await queryRunner.query("ALTER TABLE \"advisory_sessions\" DROP CONSTRAINT \"FK_5f77be82897a1c263d5b9c1a4fd\"");
    await queryRunner.query("ALTER TABLE \"advisory_sessions\" DROP CONSTRAINT \"FK_7a7aa1cdc11eec7be638a4b294a\"");
    await queryRunner.query("ALTER TABLE \"advisory_sessions\" DROP CONSTRAINT \"FK_8f098751b49f69a2e240155713a\"");
    await queryRunner.query("ALTER TABLE \"subsidy_stage_events\" DROP CONSTRAINT \"FK_6bc0405417490b2db5b6c42da54\"");
    await queryRunner.query("ALTER TABLE \"subsidy_applications\" DROP CONSTRAINT \"FK_d411f47468ca904a41e829a836b\"");
    await queryRunner.query("ALTER TABLE \"subsidy_applications\" DROP CONSTRAINT \"FK_9ed9ebf487a7e34e542d987df34\"");
    await queryRunner.query("ALTER TABLE \"subsidy_applications\" DROP CONSTRAINT \"FK_0fecaeef8c9baa304a0669e3e02\"");
    await queryRunner.query("ALTER TABLE \"subsidy_applications\" DROP CONSTRAINT \"FK_5f586649b50bc3d986164b11b38\"");
    await queryRunner.query("ALTER TABLE \"subsidy_applications\" DROP CONSTRAINT \"FK_f7d6f36ff4ff45549201c536f73\"");
    await queryRunner.query("ALTER TABLE \"advisors\" DROP CONSTRAINT \"FK_d6248cebae56980d67d24b1c3f7\"");
    await queryRunner.query("ALTER TABLE \"subsidy_rounds\" DROP CONSTRAINT \"FK_1d980a5f0332d0a3d0f89f3288f\"");
    await queryRunner.query("DROP TABLE \"support_settings\"");
    await queryRunner.query("DROP TABLE \"advisory_sessions\"");
    await queryRunner.query("DROP TABLE \"attachments\"");
    await queryRunner.query("DROP TABLE \"subsidy_stage_events\"");
    await queryRunner.query("DROP TABLE \"subsidy_applications\"");
    await queryRunner.query("DROP TABLE \"advisors\"");
    await queryRunner.query("DROP TABLE \"subsidy_programs\"");
    await queryRunner.query("DROP TABLE \"subsidy_rounds\"");
  }
}
