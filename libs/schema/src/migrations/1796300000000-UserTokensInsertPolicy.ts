import { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * user_tokens has no facility_id: a link belongs to its user. Request roles may only insert links
 * (an invitation sent by a facility's staff), and until now any user's: the row-level check was
 * missing. The policy holds an inserted link to a user of the current facility (the users row is
 * read under that role's own policy, so another facility's user is not found). System work (reset
 * mails, the CLI) runs as the owner and is not affected.
 */
export class UserTokensInsertPolicy1796300000000 implements MigrationInterface {
  name = 'UserTokensInsertPolicy1796300000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`ALTER TABLE "user_tokens" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY "user_tokens_facility_insert" ON "user_tokens" FOR INSERT
         WITH CHECK (EXISTS (SELECT 1 FROM "users" u WHERE u.id = user_id AND u.facility_id = tamago_current_facility()))`,
    );
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP POLICY IF EXISTS "user_tokens_facility_insert" ON "user_tokens"`);
    await queryRunner.query(`ALTER TABLE "user_tokens" DISABLE ROW LEVEL SECURITY`);
  }
}
