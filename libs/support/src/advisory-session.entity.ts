import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  Exclusion,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { Audited } from '@tamago/audit';
import type {
  ConsultationChannel,
  FollowUpAction,
  SessionKind,
  SessionMode,
  SessionStatus,
  SessionTopic,
} from './domain';
import { normaliseFollowUps } from './domain';
import { Advisor } from './advisor.entity';

/**
 * An entry of the facility's case log: a booked advisory session (kind 'appointment', with an
 * advisor and a time slot) or a quick consultation without appointment (phone, walk-in, email).
 *
 * PostgreSQL refuses two appointments of one advisor whose time ranges overlap
 * (advisory_sessions_no_double_booking); cancelled sessions free the slot and consultations
 * never take part. Two simultaneous bookings cannot both win: the second fails with 409.
 */
@Entity('advisory_sessions')
@Audited({ entity: 'advisory_session', redact: ['notes'] })
@Index('advisory_sessions_tenant_start', ['facilityId', 'tenantId', 'startsAt'])
@Index('advisory_sessions_start', ['facilityId', 'startsAt'])
@Check('advisory_sessions_ends_after_start', `"ends_at" > "starts_at"`)
@Exclusion(
  'advisory_sessions_no_double_booking',
  `USING gist ("facility_id" WITH =, "advisor_id" WITH =, tstzrange("starts_at", "ends_at") WITH &&) WHERE (("kind" = 'appointment' AND "status" <> 'cancelled'))`,
)
export class AdvisorySession {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: SessionKind;

  @ForeignKey('Tenant', { onDelete: 'RESTRICT' })
  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'advisor_id', type: 'uuid', nullable: true })
  advisorId!: string | null;

  @ManyToOne(() => Advisor, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'advisor_id' })
  advisor?: Relation<Advisor>;

  /** The staff member whose work this is (the IM who took the call, or who arranged the session). */
  @ForeignKey('User', { onDelete: 'SET NULL' })
  @Column({ name: 'staff_id', type: 'uuid', nullable: true })
  staffId!: string | null;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'varchar', length: 16, nullable: true })
  mode!: SessionMode | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  channel!: ConsultationChannel | null;

  @Column({ type: 'varchar', length: 32 })
  topic!: SessionTopic;

  /** Staff-only notes; never shown to tenant users. */
  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  /** Summary shared with the tenant. */
  @Column({ type: 'text', nullable: true })
  summary!: string | null;

  @Column({ name: 'minutes_spent', type: 'integer', nullable: true })
  minutesSpent!: number | null;

  @Column({
    name: 'follow_ups',
    type: 'jsonb',
    default: () => "'[]'",
    // Rows written before dueOn was always stored read with `dueOn: null`, as the API documents.
    transformer: { to: (v: FollowUpAction[] | undefined) => v && normaliseFollowUps(v), from: normaliseFollowUps },
  })
  followUps!: FollowUpAction[];

  @Column({ type: 'varchar', length: 16 })
  status!: SessionStatus;

  /** Booked beyond the tenant's free quota under the 'chargeable' policy. */
  @Column({ type: 'boolean', default: false })
  chargeable!: boolean;

  @Column({ name: 'booked_by', type: 'varchar', length: 8, default: 'staff' })
  bookedBy!: 'staff' | 'tenant';

  @Column({ name: 'cancelled_at', type: 'timestamptz', nullable: true })
  cancelledAt!: Date | null;

  @Column({ name: 'cancel_reason', type: 'text', nullable: true })
  cancelReason!: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
