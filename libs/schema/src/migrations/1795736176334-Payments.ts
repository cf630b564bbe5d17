import { MigrationInterface, QueryRunner } from 'typeorm';
import { disableFacilityRls, enableFacilityRls } from '@tamago/database';

const FACILITY_TABLES = [
  'payments',
  'payment_allocations',
  'payment_idempotency_keys',
  'tenant_payer_aliases',
  'bank_statement_imports',
  'bank_credits',
  'debit_settings',
  'debit_mandates',
  'debit_batches',
  'debit_batch_items',
];

/**
 * Payments: the allocation ledger, idempotency keys, payer aliases, bank-statement imports and
 * credits, direct-debit settings, mandates and batches. Beyond the entities: row-level security
 * on every table. invoice_id columns carry no foreign key: invoices belong to libs/billing and are
 * reached only through its InvoicesService.
 */

export class Payments1795736176334 implements MigrationInterface {
  name = 'Payments1795736176334';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"payments\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"facility_id\" uuid NOT NULL, \"tenant_id\" uuid NOT NULL, \"kind\" character varying(8) NOT NULL, \"amount\" bigint NOT NULL, \"paid_on\" date NOT NULL, \"method\" character varying(16) NOT NULL, \"source\" character varying(16) NOT NULL, \"refund_of_id\" uuid, \"note\" character varying(500), \"created_by\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"payments_method\" CHECK (\"method\" IN ('bank_transfer', 'direct_debit', 'cash', 'card')), CONSTRAINT \"payments_sign\" CHECK ((\"kind\" = 'payment' AND \"amount\" > 0 AND \"refund_of_id\" IS NULL) OR (\"kind\" = 'refund' AND \"amount\" < 0 AND \"refund_of_id\" IS NOT NULL)), CONSTRAINT \"PK_197ab7af18c93fbb0c9b28b4a59\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"payments_paid_on\" ON \"payments\"  (\"facility_id\", \"paid_on\") ");
    await queryRunner.query("CREATE INDEX \"payments_tenant\" ON \"payments\"  (\"facility_id\", \"tenant_id\", \"paid_on\") ");
    await queryRunner.query("CREATE TABLE \"payment_allocations\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"facility_id\" uuid NOT NULL, \"payment_id\" uuid NOT NULL, \"tenant_id\" uuid NOT NULL, \"invoice_id\" uuid, \"kind\" character varying(12) NOT NULL, \"event\" character varying(12) NOT NULL, \"amount\" bigint NOT NULL, \"position\" integer NOT NULL, \"effective_on\" date NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"payment_allocations_kind\" CHECK ((\"kind\" = 'credit' AND \"invoice_id\" IS NULL) OR (\"kind\" IN ('invoice', 'bank_fee') AND \"invoice_id\" IS NOT NULL)), CONSTRAINT \"payment_allocations_nonzero\" CHECK (\"amount\" <> 0), CONSTRAINT \"PK_a5c6ff22065ac772620c85f4efb\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"payment_allocations_tenant\" ON \"payment_allocations\"  (\"facility_id\", \"tenant_id\", \"kind\") ");
    await queryRunner.query("CREATE INDEX \"payment_allocations_invoice\" ON \"payment_allocations\"  (\"facility_id\", \"invoice_id\") ");
    await queryRunner.query("CREATE INDEX \"payment_allocations_payment\" ON \"payment_allocations\"  (\"facility_id\", \"payment_id\") ");
    await queryRunner.query("CREATE TABLE \"payment_idempotency_keys\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"facility_id\" uuid NOT NULL, \"key\" character varying(200) NOT NULL, \"request_hash\" character(64) NOT NULL, \"payment_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_70b74ae755827eeff0cd22cdec2\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"payment_idempotency_keys_unique\" ON \"payment_idempotency_keys\"  (\"facility_id\", \"key\") ");
    await queryRunner.query("CREATE TABLE \"tenant_payer_aliases\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"facility_id\" uuid NOT NULL, \"tenant_id\" uuid NOT NULL, \"alias\" character varying(100) NOT NULL, \"match_key\" character varying(100) NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_030e315c033b016daccf0645458\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"tenant_payer_aliases_unique\" ON \"tenant_payer_aliases\"  (\"facility_id\", \"tenant_id\", \"match_key\") ");
    await queryRunner.query("CREATE TABLE \"bank_statement_imports\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"facility_id\" uuid NOT NULL, \"format\" character varying(8) NOT NULL, \"file_hash\" character(64) NOT NULL, \"credit_count\" integer NOT NULL, \"duplicate_count\" integer NOT NULL, \"applied_count\" integer NOT NULL, \"created_by\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_8403572eef7d9c3b4e18ee6d6a9\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"bank_statement_imports_hash\" ON \"bank_statement_imports\"  (\"facility_id\", \"file_hash\") ");
    await queryRunner.query("CREATE TABLE \"bank_credits\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"facility_id\" uuid NOT NULL, \"import_id\" uuid NOT NULL, \"dedupe_key\" character varying(200) NOT NULL, \"line\" integer NOT NULL, \"booked_on\" date NOT NULL, \"amount\" bigint NOT NULL, \"sender_name\" character varying(100) NOT NULL, \"reference\" character varying(100), \"status\" character varying(12) NOT NULL, \"unmatched_reasons\" text array NOT NULL DEFAULT '{}', \"candidate_tenant_ids\" uuid array NOT NULL DEFAULT '{}', \"tenant_id\" uuid, \"payment_id\" uuid, \"bank_fee\" integer NOT NULL DEFAULT '0', \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"bank_credits_amount\" CHECK (\"amount\" > 0 AND \"bank_fee\" >= 0), CONSTRAINT \"PK_3c0239620708361df7d74e5aa32\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"bank_credits_status\" ON \"bank_credits\"  (\"facility_id\", \"status\", \"booked_on\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"bank_credits_dedupe\" ON \"bank_credits\"  (\"facility_id\", \"dedupe_key\") ");
    await queryRunner.query("CREATE TABLE \"debit_settings\" (\"facility_id\" uuid NOT NULL, \"consignor_code\" character varying(10), \"consignor_name\" character varying(40), \"bank_code\" character(4), \"bank_name\" character varying(15), \"branch_code\" character(3), \"branch_name\" character varying(15), \"account_type\" character varying(8), \"account_number\" character varying(7), \"dunning_days\" integer array NOT NULL DEFAULT '{7,21,45}', \"bank_fee_tolerance\" integer NOT NULL DEFAULT '0', \"journal_accounts\" jsonb NOT NULL DEFAULT '{}', \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_1449b8624f32fd0540644c01e86\" PRIMARY KEY (\"facility_id\"))");
    await queryRunner.query("CREATE TABLE \"debit_mandates\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"facility_id\" uuid NOT NULL, \"tenant_id\" uuid NOT NULL, \"bank_code\" character(4) NOT NULL, \"bank_name\" character varying(15), \"branch_code\" character(3) NOT NULL, \"branch_name\" character varying(15), \"account_type\" character varying(8) NOT NULL, \"account_number\" character(7) NOT NULL, \"holder_name\" character varying(30) NOT NULL, \"customer_number\" character varying(20) NOT NULL, \"status\" character varying(12) NOT NULL, \"first_debit_sent\" boolean NOT NULL DEFAULT false, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"debit_mandates_status\" CHECK (\"status\" IN ('active', 'suspended', 'revoked') AND \"account_type\" IN ('ordinary', 'current')), CONSTRAINT \"debit_mandates_account\" CHECK (\"bank_code\" ~ '^[0-9]{4}$' AND \"branch_code\" ~ '^[0-9]{3}$' AND \"account_number\" ~ '^[0-9]{7}$' AND \"customer_number\" ~ '^[0-9]{1,20}$'), CONSTRAINT \"PK_8729e9e2ff4d726a7bb3a585bfc\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"debit_mandates_one_active\" ON \"debit_mandates\"  (\"facility_id\", \"tenant_id\") WHERE status = 'active'");
    await queryRunner.query("CREATE UNIQUE INDEX \"debit_mandates_customer_number\" ON \"debit_mandates\"  (\"facility_id\", \"customer_number\") ");
    await queryRunner.query("CREATE TABLE \"debit_batches\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"facility_id\" uuid NOT NULL, \"debit_date\" date NOT NULL, \"status\" character varying(12) NOT NULL, \"file_name\" character varying(100) NOT NULL, \"file\" bytea NOT NULL, \"item_count\" integer NOT NULL, \"total_amount\" bigint NOT NULL, \"result_hash\" character(64), \"result_imported_at\" TIMESTAMP WITH TIME ZONE, \"created_by\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_d39c9dc109c5f8facb4d1566846\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"debit_batches_date\" ON \"debit_batches\"  (\"facility_id\", \"debit_date\") ");
    await queryRunner.query("CREATE TABLE \"debit_batch_items\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"facility_id\" uuid NOT NULL, \"batch_id\" uuid NOT NULL, \"tenant_id\" uuid NOT NULL, \"mandate_id\" uuid NOT NULL, \"customer_number\" character varying(20) NOT NULL, \"amount\" bigint NOT NULL, \"invoice_ids\" uuid array NOT NULL, \"result_code\" character(1), \"result_label\" character varying(24), \"payment_id\" uuid, CONSTRAINT \"PK_09f1926e954f9bb38cac5299be7\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"debit_batch_items_tenant\" ON \"debit_batch_items\"  (\"facility_id\", \"tenant_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"debit_batch_items_customer\" ON \"debit_batch_items\"  (\"facility_id\", \"batch_id\", \"customer_number\") ");
    await queryRunner.query("ALTER TABLE \"payments\" ADD CONSTRAINT \"FK_9109b53fca5cef7720aca72974d\" FOREIGN KEY (\"tenant_id\") REFERENCES \"tenants\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"payments\" ADD CONSTRAINT \"FK_5565ddb5c0e1d59965cfc79a2b3\" FOREIGN KEY (\"refund_of_id\") REFERENCES \"payments\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"payment_allocations\" ADD CONSTRAINT \"FK_4348f49c6822420b9503ba880b8\" FOREIGN KEY (\"payment_id\") REFERENCES \"payments\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"tenant_payer_aliases\" ADD CONSTRAINT \"FK_e49a203ae09f048c68492414385\" FOREIGN KEY (\"tenant_id\") REFERENCES \"tenants\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"bank_credits\" ADD CONSTRAINT \"FK_d680fc4ea8a39241cc5bd0ffd9d\" FOREIGN KEY (\"import_id\") REFERENCES \"bank_statement_imports\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"debit_settings\" ADD CONSTRAINT \"FK_1449b8624f32fd0540644c01e86\" FOREIGN KEY (\"facility_id\") REFERENCES \"facilities\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"debit_mandates\" ADD CONSTRAINT \"FK_70f511ea13e03a4da0b6e1c1748\" FOREIGN KEY (\"tenant_id\") REFERENCES \"tenants\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"debit_batch_items\" ADD CONSTRAINT \"FK_67bc0d1c051f84df928f33c024d\" FOREIGN KEY (\"batch_id\") REFERENCES \"debit_batches\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    for (const table of FACILITY_TABLES) await enableFacilityRls(queryRunner, table);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const table of [...FACILITY_TABLES].reverse()) await disableFacilityRls(queryRunner, table);
    await queryRunner.query("ALTER TABLE \"debit_batch_items\" DROP CONSTRAINT \"FK_67bc0d1c051f84df928f33c024d\"");
    await queryRunner.query("ALTER TABLE \"debit_mandates\" DROP CONSTRAINT \"FK_70f511ea13e03a4da0b6e1c1748\"");
    await queryRunner.query("ALTER TABLE \"debit_settings\" DROP CONSTRAINT \"FK_1449b8624f32fd0540644c01e86\"");
    await queryRunner.query("ALTER TABLE \"bank_credits\" DROP CONSTRAINT \"FK_d680fc4ea8a39241cc5bd0ffd9d\"");
    await queryRunner.query("ALTER TABLE \"tenant_payer_aliases\" DROP CONSTRAINT \"FK_e49a203ae09f048c68492414385\"");
    await queryRunner.query("ALTER TABLE \"payment_allocations\" DROP CONSTRAINT \"FK_4348f49c6822420b9503ba880b8\"");
    await queryRunner.query("ALTER TABLE \"payments\" DROP CONSTRAINT \"FK_5565ddb5c0e1d59965cfc79a2b3\"");
    await queryRunner.query("ALTER TABLE \"payments\" DROP CONSTRAINT \"FK_9109b53fca5cef7720aca72974d\"");
    await queryRunner.query("DROP TABLE \"debit_batch_items\"");
    await queryRunner.query("DROP TABLE \"debit_batches\"");
    await queryRunner.query("DROP TABLE \"debit_mandates\"");
    await queryRunner.query("DROP TABLE \"debit_settings\"");
    await queryRunner.query("DROP TABLE \"bank_credits\"");
    await queryRunner.query("DROP TABLE \"bank_statement_imports\"");
    await queryRunner.query("DROP TABLE \"tenant_payer_aliases\"");
    await queryRunner.query("DROP TABLE \"payment_idempotency_keys\"");
    await queryRunner.query("DROP TABLE \"payment_allocations\"");
    await queryRunner.query("DROP TABLE \"payments\"");
  }
}
