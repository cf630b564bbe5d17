import { MigrationInterface, QueryRunner } from 'typeorm';
import { disableFacilityRls, enableFacilityRls } from '@tamago/database';

export class Foundation1795733487480 implements MigrationInterface {
  name = 'Foundation1795733487480';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"audit_events\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"facility_id\" uuid NOT NULL, \"actor_id\" uuid, \"action\" character varying(16) NOT NULL, \"entity\" character varying(64) NOT NULL, \"entity_id\" character varying(64) NOT NULL, \"changes\" jsonb NOT NULL, \"occurred_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_910f64d901a5c3e9878f0d4a407\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"audit_events_entity\" ON \"audit_events\"  (\"facility_id\", \"entity\", \"entity_id\") ");
    await queryRunner.query("CREATE INDEX \"audit_events_facility_time\" ON \"audit_events\"  (\"facility_id\", \"occurred_at\") ");
    await queryRunner.query("CREATE TABLE \"facilities\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"name\" character varying(200) NOT NULL, \"time_zone\" character varying(64) NOT NULL DEFAULT 'Asia/Tokyo', \"locale\" character varying(8) NOT NULL DEFAULT 'ja', \"is_demo\" boolean NOT NULL DEFAULT false, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_2e6c685b2e1195e6d6394a22bc7\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE TABLE \"users\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"facility_id\" uuid, \"tenant_id\" uuid, \"email\" character varying(254) NOT NULL, \"name\" character varying(100) NOT NULL, \"roles\" text array NOT NULL, \"status\" character varying(16) NOT NULL DEFAULT 'active', \"locale\" character varying(8) NOT NULL DEFAULT 'ja', \"password_hash\" character varying(255), \"failed_login_count\" integer NOT NULL DEFAULT '0', \"locked_until\" TIMESTAMP WITH TIME ZONE, \"last_login_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"updated_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_a3ffb1c0c8416b9fc6f907b7433\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"users_facility\" ON \"users\"  (\"facility_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"users_email_unique\" ON \"users\"  (\"email\") ");
    await queryRunner.query("CREATE TABLE \"auth_sessions\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"facility_id\" uuid, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), \"revoked_at\" TIMESTAMP WITH TIME ZONE, \"revoked_reason\" character varying(32), CONSTRAINT \"PK_641507381f32580e8479efc36cd\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"auth_sessions_user\" ON \"auth_sessions\"  (\"user_id\") ");
    await queryRunner.query("CREATE TABLE \"refresh_tokens\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"session_id\" uuid NOT NULL, \"token_hash\" character(64) NOT NULL, \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"used_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_7d8bee0204106019488c4c50ffa\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"refresh_tokens_hash\" ON \"refresh_tokens\"  (\"token_hash\") ");
    await queryRunner.query("CREATE TABLE \"user_tokens\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"user_id\" uuid NOT NULL, \"purpose\" character varying(32) NOT NULL, \"token_hash\" character(64) NOT NULL, \"expires_at\" TIMESTAMP WITH TIME ZONE NOT NULL, \"used_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_63764db9d9aaa4af33e07b2f4bf\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"user_tokens_user\" ON \"user_tokens\"  (\"user_id\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"user_tokens_hash\" ON \"user_tokens\"  (\"token_hash\") ");
    await queryRunner.query("ALTER TABLE \"users\" ADD CONSTRAINT \"FK_5cce3415d144173ca33ed1d8626\" FOREIGN KEY (\"facility_id\") REFERENCES \"facilities\"(\"id\") ON DELETE RESTRICT ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"auth_sessions\" ADD CONSTRAINT \"FK_50ccaa6440288a06f0ba693ccc6\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"refresh_tokens\" ADD CONSTRAINT \"FK_3bf308fa93da3966f9e76fcfba4\" FOREIGN KEY (\"session_id\") REFERENCES \"auth_sessions\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    await queryRunner.query("ALTER TABLE \"user_tokens\" ADD CONSTRAINT \"FK_9e144a67be49e5bba91195ef5de\" FOREIGN KEY (\"user_id\") REFERENCES \"users\"(\"id\") ON DELETE CASCADE ON UPDATE NO ACTION");
    // Row-level security: request queries (role tamago_app) see only their facility's rows.
    await enableFacilityRls(queryRunner, 'users');
    await enableFacilityRls(queryRunner, 'audit_events');
    await queryRunner.query(`ALTER TABLE "facilities" ENABLE ROW LEVEL SECURITY`);
    await queryRunner.query(
      `CREATE POLICY "facilities_facility_isolation" ON "facilities" USING (id = tamago_current_facility()) WITH CHECK (id = tamago_current_facility())`,
    );
    // Credentials are read only by the system (login, refresh), never by request queries;
    // a request may only add a mail token (an invitation).
    await queryRunner.query(`REVOKE ALL ON "auth_sessions", "refresh_tokens" FROM tamago_app`);
    await queryRunner.query(`REVOKE SELECT, UPDATE, DELETE ON "user_tokens" FROM tamago_app`);
    // The audit log is append-only for request queries.
    await queryRunner.query(`REVOKE UPDATE, DELETE ON "audit_events" FROM tamago_app`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP POLICY IF EXISTS "facilities_facility_isolation" ON "facilities"`);
    await disableFacilityRls(queryRunner, 'audit_events');
    await disableFacilityRls(queryRunner, 'users');
    await queryRunner.query("ALTER TABLE \"user_tokens\" DROP CONSTRAINT \"FK_9e144a67be49e5bba91195ef5de\"");
    await queryRunner.query("ALTER TABLE \"refresh_tokens\" DROP CONSTRAINT \"FK_3bf308fa93da3966f9e76fcfba4\"");
    await queryRunner.query("ALTER TABLE \"auth_sessions\" DROP CONSTRAINT \"FK_50ccaa6440288a06f0ba693ccc6\"");
    await queryRunner.query("ALTER TABLE \"users\" DROP CONSTRAINT \"FK_5cce3415d144173ca33ed1d8626\"");
    await queryRunner.query("DROP INDEX \"public\".\"user_tokens_hash\"");
    await queryRunner.query("DROP INDEX \"public\".\"user_tokens_user\"");
    await queryRunner.query("DROP TABLE \"user_tokens\"");
    await queryRunner.query("DROP INDEX \"public\".\"refresh_tokens_hash\"");
    await queryRunner.query("DROP TABLE \"refresh_tokens\"");
    await queryRunner.query("DROP INDEX \"public\".\"auth_sessions_user\"");
    await queryRunner.query("DROP TABLE \"auth_sessions\"");
    await queryRunner.query("DROP INDEX \"public\".\"users_email_unique\"");
    await queryRunner.query("DROP INDEX \"public\".\"users_facility\"");
    await queryRunner.query("DROP TABLE \"users\"");
    await queryRunner.query("DROP TABLE \"facilities\"");
    await queryRunner.query("DROP INDEX \"public\".\"audit_events_facility_time\"");
    await queryRunner.query("DROP INDEX \"public\".\"audit_events_entity\"");
    await queryRunner.query("DROP TABLE \"audit_events\"");
  }
}
