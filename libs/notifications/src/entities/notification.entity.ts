import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/** How the mail of a notification fared. */
export type EmailStatus = 'queued' | 'sent' | 'failed' | 'suppressed' | 'opted_out' | 'none';

/**
 * One message to one recipient: the in-app inbox entry (when the recipient is a user) and the record
 * that its mail was decided. `dedupe_key` is unique per facility, so a reminder for one recipient,
 * kind and occasion is written (and mailed) once however often the sweep runs.
 */
@Entity('notifications')
@Index('notifications_once', ['facilityId', 'dedupeKey'], { unique: true })
@Index('notifications_inbox', ['facilityId', 'userId', 'createdAt'])
export class Notification {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  @Column({ type: 'varchar', length: 320 })
  email!: string;

  @Column({ type: 'varchar', length: 64 })
  kind!: string;

  @Column({ name: 'dedupe_key', type: 'varchar', length: 300 })
  dedupeKey!: string;

  @Column({ type: 'varchar', length: 5 })
  locale!: string;

  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Column({ type: 'text' })
  body!: string;

  @Column({ type: 'varchar', length: 500, nullable: true })
  link!: string | null;

  @Column({ name: 'email_status', type: 'varchar', length: 12 })
  emailStatus!: EmailStatus;

  @Column({ name: 'email_error', type: 'varchar', length: 500, nullable: true })
  emailError!: string | null;

  @Column({ name: 'read_at', type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
