import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Accountant-grade billing: the issuer's qualified-invoice status, address, phone and seal;
 * tax-included (内税) charges and lines; charge kinds that pick the journal account.
 */
export class AccountingGrade1796100000000 implements MigrationInterface {
  name = 'AccountingGrade1796100000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "billing_settings" ADD "qualified_invoice_issuer" boolean NOT NULL DEFAULT true`);
    await queryRunner.query(`ALTER TABLE "billing_settings" ADD "issuer_address" character varying(300)`);
    await queryRunner.query(`ALTER TABLE "billing_settings" ADD "issuer_phone" character varying(40)`);
    await queryRunner.query(`ALTER TABLE "billing_settings" ADD "issuer_seal_png" text`);
    await queryRunner.query(`ALTER TABLE "charges" ADD "tax_included" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "charges" ADD "kind" character varying(24) NOT NULL DEFAULT 'other'`);
    // Existing 不課税 charges were deposits or reimbursements, never income.
    await queryRunner.query(
      `UPDATE "charges" SET "kind" = CASE WHEN "description" ~ '保証金|敷金' THEN 'deposit' ELSE 'reimbursement' END WHERE "tax_category" = 'out_of_scope'`,
    );
    await queryRunner.query(`ALTER TABLE "invoice_lines" ADD "tax_included" boolean NOT NULL DEFAULT false`);
    await queryRunner.query(`ALTER TABLE "invoice_lines" ADD "charge_kind" character varying(24)`);
    await queryRunner.query(
      `UPDATE "invoice_lines" l SET "charge_kind" = c."kind" FROM "charges" c WHERE l."source_type" = 'charge' AND c."id" = l."source_id" AND c."facility_id" = l."facility_id"`,
    );
    await queryRunner.query(
      `ALTER TABLE "debit_settings" ADD "revenue_recognition" character varying(16) NOT NULL DEFAULT 'service_period'`,
    );
    await queryRunner.query(
      `ALTER TABLE "debit_settings" ADD "transfer_fee_treatment" character varying(16) NOT NULL DEFAULT 'bank_fee'`,
    );
    await queryRunner.query(`ALTER TABLE "debit_mandates" ADD "account_changed" boolean NOT NULL DEFAULT false`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "debit_mandates" DROP COLUMN "account_changed"`);
    await queryRunner.query(`ALTER TABLE "debit_settings" DROP COLUMN "transfer_fee_treatment"`);
    await queryRunner.query(`ALTER TABLE "debit_settings" DROP COLUMN "revenue_recognition"`);
    await queryRunner.query(`ALTER TABLE "invoice_lines" DROP COLUMN "charge_kind"`);
    await queryRunner.query(`ALTER TABLE "invoice_lines" DROP COLUMN "tax_included"`);
    await queryRunner.query(`ALTER TABLE "charges" DROP COLUMN "kind"`);
    await queryRunner.query(`ALTER TABLE "charges" DROP COLUMN "tax_included"`);
    await queryRunner.query(`ALTER TABLE "billing_settings" DROP COLUMN "issuer_seal_png"`);
    await queryRunner.query(`ALTER TABLE "billing_settings" DROP COLUMN "issuer_phone"`);
    await queryRunner.query(`ALTER TABLE "billing_settings" DROP COLUMN "issuer_address"`);
    await queryRunner.query(`ALTER TABLE "billing_settings" DROP COLUMN "qualified_invoice_issuer"`);
  }
}
