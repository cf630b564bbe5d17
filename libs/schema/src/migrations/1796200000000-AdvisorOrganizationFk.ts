import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * advisors.organization_id gets back its foreign key to partner_organizations: support no longer
 * sits below partners (the referral and waitlist rules moved to partners and events), so the
 * entity names the organisation again. An id that names no organisation (possible while there was
 * no key) is cleared first, so the constraint can be added on any existing data.
 */
export class AdvisorOrganizationFk1796200000000 implements MigrationInterface {
  name = 'AdvisorOrganizationFk1796200000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(
      `UPDATE "advisors" a SET "organization_id" = NULL
        WHERE a."organization_id" IS NOT NULL
          AND NOT EXISTS (SELECT 1 FROM "partner_organizations" o WHERE o."id" = a."organization_id")`,
    );
    await queryRunner.query(
      `ALTER TABLE "advisors" ADD CONSTRAINT "FK_82b6b4aec137158413e3aeba386" FOREIGN KEY ("organization_id") REFERENCES "partner_organizations"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "advisors" DROP CONSTRAINT "FK_82b6b4aec137158413e3aeba386"`);
  }
}
