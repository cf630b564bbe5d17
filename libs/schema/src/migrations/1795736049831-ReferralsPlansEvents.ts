import { MigrationInterface, QueryRunner } from 'typeorm';
import { disableFacilityRls, enableFacilityRls } from '@tamago/database';

const FACILITY_TABLES = [
  'referrals',
  'referral_check_ins',
  'improvement_plans',
  'improvement_plan_reviews',
  'events',
  'event_registrations',
];

/**
 * Referrals with check-ins, improvement plans with reviews, events with registrations.
 * Beyond the entities: row-level security on every new table. The partial unique indexes keep
 * one live registration per person and event; cancelled rows stay for the history.
 */
export class ReferralsPlansEvents1795736049831 implements MigrationInterface {
  name = 'ReferralsPlansEvents1795736049831';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"events\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"facility_id\" uuid NOT NULL, \"kind\" character varying(24) NOT NULL, \"title\" character varying(200) NOT NULL, \"description\" text, \"starts_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"ends_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"venue\" character varying(300), \"co_host_ids\" uuid array NOT NULL DEFAULT '{}', \"capacity\" integer, \"waitlist_enabled\" boolean NOT NULL DEFAULT false, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"events_capacity_positive\" CHECK (\"capacity\" IS NULL OR \"capacity\" > 0), CONSTRAINT \"events_ends_after_start\" CHECK (\"ends_at\" > \"starts_at\"), CONSTRAINT \"PK_40731c7151fe4be3116e45ddf73\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"events_facility_starts\" ON \"events\"  (\"facility_id\", \"starts_at\") ");
    await queryRunner.query("CREATE TABLE \"event_registrations\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"facility_id\" uuid NOT NULL, \"event_id\" uuid NOT NULL, \"tenant_id\" uuid, \"user_id\" uuid, \"attendee_name\" character varying(200) NOT NULL, \"company_name\" character varying(200), \"email\" character varying(254), \"status\" character varying(16) NOT NULL, \"registered_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"promoted_at\" TIMESTAMP WITH TIME ZONE, \"cancelled_at\" TIMESTAMP WITH TIME ZONE, \"checked_in_at\" TIMESTAMP WITH TIME ZONE, CONSTRAINT \"event_registrations_who\" CHECK (\"tenant_id\" IS NOT NULL OR \"email\" IS NOT NULL), CONSTRAINT \"PK_953d3b862c2487289a92b2356e9\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"event_registrations_email_once\" ON \"event_registrations\"  (\"event_id\", \"email\") WHERE \"email\" IS NOT NULL AND \"status\" <> 'cancelled'");
    await queryRunner.query("CREATE UNIQUE INDEX \"event_registrations_user_once\" ON \"event_registrations\"  (\"event_id\", \"user_id\") WHERE \"user_id\" IS NOT NULL AND \"status\" <> 'cancelled'");
    await queryRunner.query("CREATE INDEX \"event_registrations_tenant\" ON \"event_registrations\"  (\"facility_id\", \"tenant_id\") ");
    await queryRunner.query("CREATE INDEX \"event_registrations_event\" ON \"event_registrations\"  (\"facility_id\", \"event_id\", \"status\") ");
    await queryRunner.query("CREATE TABLE \"referrals\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"facility_id\" uuid NOT NULL, \"tenant_id\" uuid NOT NULL, \"organization_id\" uuid NOT NULL, \"direction\" character varying(16) NOT NULL, \"need\" text NOT NULL, \"status\" character varying(16) NOT NULL DEFAULT 'proposed', \"consent_given_by\" character varying(200), \"consent_given_at\" TIMESTAMP WITH TIME ZONE, \"consent_method\" character varying(16), \"outcome\" character varying(24), \"outcome_detail\" text, \"reason\" text, \"staff_notes\" text, \"history\" jsonb NOT NULL DEFAULT '[]', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_ea9980e34f738b6252817326c08\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"referrals_facility_organization\" ON \"referrals\"  (\"facility_id\", \"organization_id\") ");
    await queryRunner.query("CREATE INDEX \"referrals_facility_tenant\" ON \"referrals\"  (\"facility_id\", \"tenant_id\") ");
    await queryRunner.query("CREATE INDEX \"referrals_facility_status\" ON \"referrals\"  (\"facility_id\", \"status\") ");
    await queryRunner.query("CREATE TABLE \"referral_check_ins\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"facility_id\" uuid NOT NULL, \"referral_id\" uuid NOT NULL, \"due_on\" date NOT NULL, \"done_on\" date, \"note\" text, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_14f71fed329d961698c07dac75b\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"referral_check_ins_open_due\" ON \"referral_check_ins\"  (\"facility_id\", \"due_on\") WHERE \"done_on\" IS NULL");
    await queryRunner.query("CREATE INDEX \"referral_check_ins_referral\" ON \"referral_check_ins\"  (\"facility_id\", \"referral_id\") ");
    await queryRunner.query("CREATE TABLE \"improvement_plans\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"facility_id\" uuid NOT NULL, \"tenant_id\" uuid NOT NULL, \"title\" character varying(200) NOT NULL, \"consultant_name\" character varying(200) NOT NULL, \"consultant_organization_id\" uuid, \"starts_on\" date NOT NULL, \"targets\" jsonb NOT NULL, \"monitoring_dates\" date array NOT NULL DEFAULT '{}', \"review_interval_months\" integer NOT NULL DEFAULT '3', \"next_review_on\" date, \"status\" character varying(16) NOT NULL DEFAULT 'active', \"notes\" text, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_fc41be88c340515ad353d7ac4ad\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"improvement_plans_facility_next_review\" ON \"improvement_plans\"  (\"facility_id\", \"next_review_on\") WHERE \"status\" = 'active'");
    await queryRunner.query("CREATE INDEX \"improvement_plans_facility_tenant\" ON \"improvement_plans\"  (\"facility_id\", \"tenant_id\") ");
    await queryRunner.query("CREATE TABLE \"improvement_plan_reviews\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"facility_id\" uuid NOT NULL, \"plan_id\" uuid NOT NULL, \"reviewed_on\" date NOT NULL, \"fiscal_year\" integer NOT NULL, \"actual_sales\" bigint NOT NULL, \"actual_operating_profit\" bigint NOT NULL, \"actual_cash_flow\" bigint NOT NULL, \"consultant_minutes\" integer NOT NULL DEFAULT '0', \"notes\" text, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_53d3e4549ec854b4bf7cdb42800\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"improvement_plan_reviews_plan\" ON \"improvement_plan_reviews\"  (\"facility_id\", \"plan_id\", \"reviewed_on\") ");
    await queryRunner.query("ALTER TABLE \"events\" ADD CONSTRAINT \"FK_841cb30a7c5fa08abe12e166f71\" FOREIGN KEY (\"facility_id\") REFERENCES \"facilities\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"event_registrations\" ADD CONSTRAINT \"FK_28b0a253c87a80a4b013c437f7d\" FOREIGN KEY (\"event_id\") REFERENCES \"events\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"event_registrations\" ADD CONSTRAINT \"FK_235c82ab1264cf05bcb1ac3e06e\" FOREIGN KEY (\"tenant_id\") REFERENCES \"tenants\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"event_registrations\" ADD CONSTRAINT \"FK_e42ba7c85b05c49c8de4f360543\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE SET NULL ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"referrals\" ADD CONSTRAINT \"FK_104426fe1660ad273348c06244e\" FOREIGN KEY (\"tenant_id\") REFERENCES \"tenants\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"referrals\" ADD CONSTRAINT \"FK_f3f73accc1d8e36d413bdfc4751\" FOREIGN KEY (\"organization_id\") REFERENCES \"partner_organizations\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"referral_check_ins\" ADD CONSTRAINT \"FK_6cdb95d9d45e7f4a733fbddd744\" FOREIGN KEY (\"referral_id\") REFERENCES \"referrals\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"improvement_plans\" ADD CONSTRAINT \"FK_8d1275252428b0221b384ddaaa2\" FOREIGN KEY (\"tenant_id\") REFERENCES \"tenants\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"improvement_plans\" ADD CONSTRAINT \"FK_a9822a42a5562e3053f6b4ee007\" FOREIGN KEY (\"consultant_organization_id\") REFERENCES \"partner_organizations\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"improvement_plan_reviews\" ADD CONSTRAINT \"FK_dc1b917d5daf8cd477454bac875\" FOREIGN KEY (\"plan_id\") REFERENCES \"improvement_plans\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    for (const table of FACILITY_TABLES) await enableFacilityRls(queryRunner, table);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of FACILITY_TABLES) await disableFacilityRls(queryRunner, table);
    await queryRunner.query("ALTER TABLE \"improvement_plan_reviews\" DROP CONSTRAINT \"FK_dc1b917d5daf8cd477454bac875\"");
    await queryRunner.query("ALTER TABLE \"improvement_plans\" DROP CONSTRAINT \"FK_a9822a42a5562e3053f6b4ee007\"");
    await queryRunner.query("ALTER TABLE \"improvement_plans\" DROP CONSTRAINT \"FK_8d1275252428b0221b384ddaaa2\"");
    await queryRunner.query("ALTER TABLE \"referral_check_ins\" DROP CONSTRAINT \"FK_6cdb95d9d45e7f4a733fbddd744\"");
    await queryRunner.query("ALTER TABLE \"referrals\" DROP CONSTRAINT \"FK_f3f73accc1d8e36d413bdfc4751\"");
    await queryRunner.query("ALTER TABLE \"referrals\" DROP CONSTRAINT \"FK_104426fe1660ad273348c06244e\"");
    await queryRunner.query("ALTER TABLE \"event_registrations\" DROP CONSTRAINT \"FK_e42ba7c85b05c49c8de4f360543\"");
    await queryRunner.query("ALTER TABLE \"event_registrations\" DROP CONSTRAINT \"FK_235c82ab1264cf05bcb1ac3e06e\"");
    await queryRunner.query("ALTER TABLE \"event_registrations\" DROP CONSTRAINT \"FK_28b0a253c87a80a4b013c437f7d\"");
    await queryRunner.query("ALTER TABLE \"events\" DROP CONSTRAINT \"FK_841cb30a7c5fa08abe12e166f71\"");
    await queryRunner.query("DROP TABLE \"improvement_plan_reviews\"");
    await queryRunner.query("DROP TABLE \"improvement_plans\"");
    await queryRunner.query("DROP TABLE \"referral_check_ins\"");
    await queryRunner.query("DROP TABLE \"referrals\"");
    await queryRunner.query("DROP TABLE \"event_registrations\"");
    await queryRunner.query("DROP TABLE \"events\"");
  }
}
