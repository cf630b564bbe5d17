import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Audited } from '@tamago/audit';
import { Referral } from './referral.entity';

/** A follow-up check-in on a referral: due on a date, done once someone has asked how it goes. */
@Entity('referral_check_ins')
@Audited({ entity: 'referral_check_in' })
@Index('referral_check_ins_referral', ['facilityId', 'referralId'])
@Index('referral_check_ins_open_due', ['facilityId', 'dueOn'], { where: '"done_on" IS NULL' })
export class ReferralCheckIn {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  @Column({ name: 'referral_id', type: 'uuid' })
  referralId!: string;

  @ManyToOne(() => Referral, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'referral_id' })
  referral?: Referral;

  @Column({ name: 'due_on', type: 'date' })
  dueOn!: string;

  @Column({ name: 'done_on', type: 'date', nullable: true })
  doneOn!: string | null;

  /** Staff only. */
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
