import { MigrationInterface, QueryRunner } from 'typeorm';
import { disableFacilityRls, enableFacilityRls } from '@tamago/database';

/** Bank reversal records (Zengin 取消 / 訂正) and the credits they take back; bank_credits.status gains 'reversed' (unconstrained varchar). */
export class BankReversals1795738645481 implements MigrationInterface {
  name = 'BankReversals1795738645481';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"bank_reversals\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"facility_id\" uuid NOT NULL, \"import_id\" uuid NOT NULL, \"dedupe_key\" character varying(200) NOT NULL, \"line\" integer NOT NULL, \"booked_on\" date NOT NULL, \"amount\" bigint NOT NULL, \"sender_name\" character varying(100) NOT NULL, \"reference\" character varying(100) NOT NULL, \"status\" character varying(12) NOT NULL, \"unmatched_reason\" character varying(20), \"candidate_credit_ids\" uuid array NOT NULL DEFAULT '{}', \"bank_credit_id\" uuid, \"refund_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"bank_reversals_link\" CHECK ((\"status\" = 'applied' AND \"bank_credit_id\" IS NOT NULL) OR (\"status\" = 'unmatched' AND \"bank_credit_id\" IS NULL)), CONSTRAINT \"bank_reversals_amount\" CHECK (\"amount\" > 0), CONSTRAINT \"PK_ecc57146da39311b0a0e8000fc3\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"bank_reversals_credit\" ON \"bank_reversals\"  (\"facility_id\", \"bank_credit_id\") WHERE \"bank_credit_id\" IS NOT NULL");
    await queryRunner.query("CREATE INDEX \"bank_reversals_status\" ON \"bank_reversals\"  (\"facility_id\", \"status\", \"booked_on\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"bank_reversals_dedupe\" ON \"bank_reversals\"  (\"facility_id\", \"dedupe_key\") ");
    await queryRunner.query("ALTER TABLE \"bank_reversals\" ADD CONSTRAINT \"FK_f77f2e5bc48d7d9d8ae6fb753cb\" FOREIGN KEY (\"import_id\") REFERENCES \"bank_statement_imports\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await enableFacilityRls(queryRunner, 'bank_reversals');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await disableFacilityRls(queryRunner, 'bank_reversals');
    await queryRunner.query("ALTER TABLE \"bank_reversals\" DROP CONSTRAINT \"FK_f77f2e5bc48d7d9d8ae6fb753cb\"");
    await queryRunner.query("DROP TABLE \"bank_reversals\"");
  }
}
