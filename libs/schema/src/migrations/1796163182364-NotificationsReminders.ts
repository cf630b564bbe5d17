import { MigrationInterface, QueryRunner } from 'typeorm';
import { disableFacilityRls, enableFacilityRls } from '@tamago/database';

const TABLES = ['mail_suppressions', 'notifications', 'notification_preferences', 'reminder_settings'];

/** Notifications (inbox + once-per-key delivery record), mail preferences, refused addresses, reminder settings. */

export class NotificationsReminders1796163182364 implements MigrationInterface {
  name = 'NotificationsReminders1796163182364';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query("CREATE TABLE \"mail_suppressions\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"facility_id\" uuid NOT NULL, \"email\" character varying(320) NOT NULL, \"reason\" character varying(500) NOT NULL, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_274473c195e7bd4e738b90d0580\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"mail_suppressions_email\" ON \"mail_suppressions\"  (\"facility_id\", \"email\") ");
    await queryRunner.query("CREATE TABLE \"notifications\" (\"id\" uuid NOT NULL, \"facility_id\" uuid NOT NULL, \"user_id\" uuid, \"email\" character varying(320) NOT NULL, \"kind\" character varying(64) NOT NULL, \"dedupe_key\" character varying(300) NOT NULL, \"locale\" character varying(5) NOT NULL, \"title\" character varying(300) NOT NULL, \"body\" text NOT NULL, \"link\" character varying(500), \"email_status\" character varying(12) NOT NULL, \"email_error\" character varying(500), \"read_at\" TIMESTAMP WITH TIME ZONE, \"created_at\" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT \"PK_6a72c3c0f683f6462415e653c3a\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE INDEX \"notifications_inbox\" ON \"notifications\"  (\"facility_id\", \"user_id\", \"created_at\") ");
    await queryRunner.query("CREATE UNIQUE INDEX \"notifications_once\" ON \"notifications\"  (\"facility_id\", \"dedupe_key\") ");
    await queryRunner.query("CREATE TABLE \"notification_preferences\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"facility_id\" uuid NOT NULL, \"user_id\" uuid NOT NULL, \"kind\" character varying(64) NOT NULL, \"email\" boolean NOT NULL, CONSTRAINT \"PK_e94e2b543f2f218ee68e4f4fad2\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"notification_preferences_kind\" ON \"notification_preferences\"  (\"facility_id\", \"user_id\", \"kind\") ");
    await queryRunner.query("CREATE TABLE \"reminder_settings\" (\"id\" uuid NOT NULL DEFAULT gen_random_uuid(), \"facility_id\" uuid NOT NULL, \"kind\" character varying(64) NOT NULL, \"enabled\" boolean NOT NULL DEFAULT true, \"lead_days\" integer array, CONSTRAINT \"PK_8967b53d42011ef8628dc889979\" PRIMARY KEY (\"id\"))");
    await queryRunner.query("CREATE UNIQUE INDEX \"reminder_settings_kind\" ON \"reminder_settings\"  (\"facility_id\", \"kind\") ");
    for (const t of TABLES) await enableFacilityRls(queryRunner, t);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    for (const t of TABLES) await disableFacilityRls(queryRunner, t);
    await queryRunner.query("DROP INDEX \"public\".\"reminder_settings_kind\"");
    await queryRunner.query("DROP TABLE \"reminder_settings\"");
    await queryRunner.query("DROP INDEX \"public\".\"notification_preferences_kind\"");
    await queryRunner.query("DROP TABLE \"notification_preferences\"");
    await queryRunner.query("DROP INDEX \"public\".\"notifications_once\"");
    await queryRunner.query("DROP INDEX \"public\".\"notifications_inbox\"");
    await queryRunner.query("DROP TABLE \"notifications\"");
    await queryRunner.query("DROP INDEX \"public\".\"mail_suppressions_email\"");
    await queryRunner.query("DROP TABLE \"mail_suppressions\"");
  }
}
