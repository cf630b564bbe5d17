import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/**
 * An address the mail server refused permanently (5xx) or that bounced, per facility: mail to it is
 * not attempted again until staff clear it.
 */
@Entity('mail_suppressions')
@Index('mail_suppressions_email', ['facilityId', 'email'], { unique: true })
export class MailSuppression {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  @Column({ type: 'varchar', length: 320 })
  email!: string;

  @Column({ type: 'varchar', length: 500 })
  reason!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
