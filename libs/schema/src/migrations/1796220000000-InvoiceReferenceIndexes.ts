import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Indexes for the foreign keys that point at invoices (lines, charges, and the invoices' own
 * original and replacement references). Deleting an invoice row (a re-previewed run drops its
 * drafts) looks each of them up; without an index that was a scan of the whole table per deleted
 * row — the benchmark's reset of 1,120 drafts next to 1.5 million invoices ran for minutes.
 */
export class InvoiceReferenceIndexes1796220000000 implements MigrationInterface {
  name = 'InvoiceReferenceIndexes1796220000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `CREATE INDEX "invoices_original" ON "invoices" ("original_invoice_id") WHERE "original_invoice_id" IS NOT NULL`,
    );
    await queryRunner.query(
      `CREATE INDEX "invoices_replaced_by" ON "invoices" ("replaced_by_id") WHERE "replaced_by_id" IS NOT NULL`,
    );
    await queryRunner.query(`CREATE INDEX "invoice_lines_invoice_id" ON "invoice_lines" ("invoice_id")`);
    await queryRunner.query(`CREATE INDEX "charges_invoice" ON "charges" ("invoice_id") WHERE "invoice_id" IS NOT NULL`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP INDEX "public"."charges_invoice"`);
    await queryRunner.query(`DROP INDEX "public"."invoice_lines_invoice_id"`);
    await queryRunner.query(`DROP INDEX "public"."invoices_replaced_by"`);
    await queryRunner.query(`DROP INDEX "public"."invoices_original"`);
  }
}
