import { MigrationInterface, QueryRunner } from 'typeorm';
import { disableFacilityRls, enableFacilityRls } from '@tamago/database';

const FACILITY_TABLES = ['billing_settings', 'invoice_counters', 'billing_runs', 'invoices', 'invoice_lines', 'charges'];

/**
 * Billing: settings, the gap-free invoice counter, runs, invoices, lines and one-off charges.
 * Beyond the entities: row-level security on every table. The partial unique indexes
 * invoices_one_regular_per_period and billing_runs_one_regular_per_period are what make a
 * period billable once, whatever the code does.
 */
export class BillingInvoices1795735880096 implements MigrationInterface {
  name = 'BillingInvoices1795735880096';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"billing_runs\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"facility_id\" uuid NOT NULL, \"period\" character(7) NOT NULL, \"supplementary\" boolean NOT NULL DEFAULT false, \"status\" character varying(16) NOT NULL DEFAULT 'previewing', \"progress\" integer NOT NULL DEFAULT '0', \"generation\" integer NOT NULL DEFAULT '1', \"invoice_count\" integer NOT NULL DEFAULT '0', \"issued_count\" integer NOT NULL DEFAULT '0', \"subtotal\" bigint NOT NULL DEFAULT '0', \"tax\" bigint NOT NULL DEFAULT '0', \"total\" bigint NOT NULL DEFAULT '0', \"summary\" jsonb NOT NULL, \"issue_date\" date, \"created_by\" uuid, \"issued_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_6cbc5e20856bf81be0e61423167\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"billing_runs_one_open_supplementary\" ON \"billing_runs\"  (\"facility_id\", \"period\") WHERE \"supplementary\" = true AND \"status\" IN ('previewing', 'previewed', 'issuing')");
    await queryRunner.query("CREATE UNIQUE INDEX \"billing_runs_one_regular_per_period\" ON \"billing_runs\"  (\"facility_id\", \"period\") WHERE \"supplementary\" = false");
    await queryRunner.query("CREATE TABLE \"invoice_lines\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"facility_id\" uuid NOT NULL, \"invoice_id\" uuid NOT NULL, \"position\" integer NOT NULL, \"description\" character varying(300) NOT NULL, \"quantity\" numeric(14,3) NOT NULL, \"unit\" character varying(16), \"unit_price\" bigint NOT NULL, \"amount\" bigint NOT NULL, \"tax_category\" character varying(16) NOT NULL, \"source_type\" character varying(24) NOT NULL, \"source_id\" uuid, \"service_from\" date, \"service_to\" date, CONSTRAINT \"PK_3d18eb48142b916f581f0c21a65\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"invoice_lines_source\" ON \"invoice_lines\"  (\"facility_id\", \"source_type\", \"source_id\") ");
    await queryRunner.query("CREATE INDEX \"invoice_lines_invoice\" ON \"invoice_lines\"  (\"facility_id\", \"invoice_id\", \"position\") ");
    await queryRunner.query("CREATE TABLE \"invoices\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"facility_id\" uuid NOT NULL, \"tenant_id\" uuid NOT NULL, \"billing_run_id\" uuid, \"period\" character(7) NOT NULL, \"kind\" character varying(16) NOT NULL DEFAULT 'invoice', \"supplementary\" boolean NOT NULL DEFAULT false, \"number\" character varying(40), \"sequence\" integer, \"issue_date\" date, \"due_date\" date, \"status\" character varying(16) NOT NULL DEFAULT 'draft', \"recipient_name\" character varying(200) NOT NULL, \"subtotal\" bigint NOT NULL, \"tax\" bigint NOT NULL, \"total\" bigint NOT NULL, \"amount_paid\" bigint NOT NULL DEFAULT '0', \"amount_credited\" bigint NOT NULL DEFAULT '0', \"tax_summary\" jsonb NOT NULL, \"snapshot\" jsonb, \"original_invoice_id\" uuid, \"reason\" text, \"voided_at\" TIMESTAMP WITH TIME ZONE, \"void_reason\" text, \"replaced_by_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_668cef7c22a427fd822cc1be3ce\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"invoices_one_per_supplementary_run\" ON \"invoices\"  (\"facility_id\", \"billing_run_id\", \"tenant_id\") WHERE \"kind\" = 'invoice' AND \"supplementary\" = true AND \"status\" <> 'void'");
    await queryRunner.query("CREATE UNIQUE INDEX \"invoices_one_regular_per_period\" ON \"invoices\"  (\"facility_id\", \"tenant_id\", \"period\") WHERE \"kind\" = 'invoice' AND \"status\" <> 'void' AND \"supplementary\" = false");
    await queryRunner.query("CREATE UNIQUE INDEX \"invoices_sequence_unique\" ON \"invoices\"  (\"facility_id\", \"sequence\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"invoices_number_unique\" ON \"invoices\"  (\"facility_id\", \"number\") ");
    await queryRunner.query("CREATE INDEX \"invoices_run\" ON \"invoices\"  (\"facility_id\", \"billing_run_id\") ");
    await queryRunner.query("CREATE INDEX \"invoices_facility_issue_date\" ON \"invoices\"  (\"facility_id\", \"issue_date\") ");
    await queryRunner.query("CREATE INDEX \"invoices_facility_period\" ON \"invoices\"  (\"facility_id\", \"period\") ");
    await queryRunner.query("CREATE INDEX \"invoices_facility_tenant\" ON \"invoices\"  (\"facility_id\", \"tenant_id\") ");
    await queryRunner.query("CREATE TABLE \"invoice_counters\" (\"facility_id\" uuid NOT NULL, \"last_sequence\" integer NOT NULL DEFAULT '0', CONSTRAINT \"PK_fd7449ade31f0999399f1cc8335\" PRIMARY KEY (\"facility_id\"))");
    await queryRunner.query("CREATE TABLE \"charges\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"facility_id\" uuid NOT NULL, \"tenant_id\" uuid NOT NULL, \"period\" character(7) NOT NULL, \"description\" character varying(300) NOT NULL, \"quantity\" integer NOT NULL, \"unit_price\" bigint NOT NULL, \"amount\" bigint NOT NULL, \"tax_category\" character varying(16) NOT NULL, \"invoice_id\" uuid, \"created_by\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_0c6feb10df0fa460714f8464dce\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"charges_facility_period\" ON \"charges\"  (\"facility_id\", \"period\") ");
    await queryRunner.query("CREATE INDEX \"charges_facility_tenant_period\" ON \"charges\"  (\"facility_id\", \"tenant_id\", \"period\") ");
    await queryRunner.query("CREATE TABLE \"billing_settings\" (\"facility_id\" uuid NOT NULL, \"legal_name\" character varying(200), \"registration_number\" character(14), \"tax_rounding\" character varying(8) NOT NULL DEFAULT 'floor', \"bank_account\" jsonb, \"invoice_number_format\" character varying(60) NOT NULL DEFAULT 'INV-{YYYY}{MM}-{SEQ:5}', \"due_date_rule\" jsonb NOT NULL, \"utility_unit_prices\" jsonb NOT NULL DEFAULT '[]', \"fiscal_year_start_month\" integer NOT NULL DEFAULT '4', \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_3ce9c8945e7af8ebdd34dd2693f\" PRIMARY KEY (\"facility_id\"))");
    await queryRunner.query("ALTER TABLE \"invoice_lines\" ADD CONSTRAINT \"FK_2da95dc86a54a00ff20ce46d0fe\" FOREIGN KEY (\"invoice_id\") REFERENCES \"invoices\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"invoices\" ADD CONSTRAINT \"FK_440f531f452dcc4389d201b9d4b\" FOREIGN KEY (\"tenant_id\") REFERENCES \"tenants\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"invoices\" ADD CONSTRAINT \"FK_3a429dab87fd28df585ab852dad\" FOREIGN KEY (\"billing_run_id\") REFERENCES \"billing_runs\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"invoices\" ADD CONSTRAINT \"FK_d62030b9ec51c654fb037d4cc26\" FOREIGN KEY (\"original_invoice_id\") REFERENCES \"invoices\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"invoices\" ADD CONSTRAINT \"FK_61eee40a469e8d33b53e82feebb\" FOREIGN KEY (\"replaced_by_id\") REFERENCES \"invoices\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"invoice_counters\" ADD CONSTRAINT \"FK_fd7449ade31f0999399f1cc8335\" FOREIGN KEY (\"facility_id\") REFERENCES \"facilities\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"charges\" ADD CONSTRAINT \"FK_4adccb608d0f3e7c0e89e7cd192\" FOREIGN KEY (\"tenant_id\") REFERENCES \"tenants\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"charges\" ADD CONSTRAINT \"FK_3ea62d240adc3641fd102966004\" FOREIGN KEY (\"invoice_id\") REFERENCES \"invoices\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"billing_settings\" ADD CONSTRAINT \"FK_3ce9c8945e7af8ebdd34dd2693f\" FOREIGN KEY (\"facility_id\") REFERENCES \"facilities\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    for (const table of FACILITY_TABLES) await enableFacilityRls(queryRunner, table);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...FACILITY_TABLES].reverse()) await disableFacilityRls(queryRunner, table);
    await queryRunner.query("ALTER TABLE \"billing_settings\" DROP CONSTRAINT \"FK_3ce9c8945e7af8ebdd34dd2693f\"");
    await queryRunner.query("ALTER TABLE \"charges\" DROP CONSTRAINT \"FK_3ea62d240adc3641fd102966004\"");
    await queryRunner.query("ALTER TABLE \"charges\" DROP CONSTRAINT \"FK_4adccb608d0f3e7c0e89e7cd192\"");
    await queryRunner.query("ALTER TABLE \"invoice_counters\" DROP CONSTRAINT \"FK_fd7449ade31f0999399f1cc8335\"");
    await queryRunner.query("ALTER TABLE \"invoices\" DROP CONSTRAINT \"FK_61eee40a469e8d33b53e82feebb\"");
    await queryRunner.query("ALTER TABLE \"invoices\" DROP CONSTRAINT \"FK_d62030b9ec51c654fb037d4cc26\"");
    await queryRunner.query("ALTER TABLE \"invoices\" DROP CONSTRAINT \"FK_3a429dab87fd28df585ab852dad\"");
    await queryRunner.query("ALTER TABLE \"invoices\" DROP CONSTRAINT \"FK_440f531f452dcc4389d201b9d4b\"");
    await queryRunner.query("ALTER TABLE \"invoice_lines\" DROP CONSTRAINT \"FK_2da95dc86a54a00ff20ce46d0fe\"");
    await queryRunner.query("DROP TABLE \"billing_settings\"");
    await queryRunner.query("DROP TABLE \"charges\"");
    await queryRunner.query("DROP TABLE \"invoice_counters\"");
    await queryRunner.query("DROP TABLE \"invoices\"");
    await queryRunner.query("DROP TABLE \"invoice_lines\"");
    await queryRunner.query("DROP TABLE \"billing_runs\"");
  }
}
