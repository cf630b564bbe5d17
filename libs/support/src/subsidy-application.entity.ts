import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { Audited } from '@tamago/audit';
import { bigintTransformer } from '@tamago/database';
import type { SubsidyStage, SubsidyStepDetails } from './domain';
import { Advisor } from './advisor.entity';
import { SubsidyProgram } from './subsidy-program.entity';
import { SubsidyRound } from './subsidy-round.entity';

/** One item of a case's prerequisite or evidence checklist. */
export interface ChecklistItem {
  key: string;
  label: string;
  done: boolean;
  doneOn: string | null;
}

/** The dates a case recorded at each step (amounts live in their own columns). */
export type SubsidyMilestones = Omit<SubsidyStepDetails, 'decidedAmount' | 'fixedAmount' | 'paidAmount' | 'reason'>;

/** A tenant's subsidy case (補助金申請) for one round of a programme. */
@Entity('subsidy_applications')
@Audited({ entity: 'subsidy_application', redact: ['staffNotes'] })
@Index('subsidy_applications_tenant', ['facilityId', 'tenantId'])
@Index('subsidy_applications_round', ['facilityId', 'programId', 'roundId'])
export class SubsidyApplication {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  @ForeignKey('Tenant', { onDelete: 'RESTRICT' })
  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'program_id', type: 'uuid' })
  programId!: string;

  @ManyToOne(() => SubsidyProgram, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'program_id' })
  program?: Relation<SubsidyProgram>;

  @Column({ name: 'round_id', type: 'uuid' })
  roundId!: string;

  @ManyToOne(() => SubsidyRound, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'round_id' })
  round?: Relation<SubsidyRound>;

  /** The staff member in charge. */
  @ForeignKey('User', { onDelete: 'SET NULL' })
  @Column({ name: 'manager_id', type: 'uuid', nullable: true })
  managerId!: string | null;

  @Column({ name: 'advisor_id', type: 'uuid', nullable: true })
  advisorId!: string | null;

  @ManyToOne(() => Advisor, { onDelete: 'SET NULL' })
  @JoinColumn({ name: 'advisor_id' })
  advisor?: Relation<Advisor>;

  @Column({ type: 'varchar', length: 200, nullable: true })
  title!: string | null;

  @Column({ type: 'varchar', length: 16, default: 'planning' })
  stage!: SubsidyStage;

  @Column({ name: 'requested_amount', type: 'bigint', nullable: true, transformer: bigintTransformer })
  requestedAmount!: number | null;

  @Column({ name: 'decided_amount', type: 'bigint', nullable: true, transformer: bigintTransformer })
  decidedAmount!: number | null;

  @Column({ name: 'fixed_amount', type: 'bigint', nullable: true, transformer: bigintTransformer })
  fixedAmount!: number | null;

  @Column({ name: 'paid_amount', type: 'bigint', nullable: true, transformer: bigintTransformer })
  paidAmount!: number | null;

  /** Overrides the round's project deadline (the grant decision may set another). */
  @Column({ name: 'project_deadline', type: 'date', nullable: true })
  projectDeadline!: string | null;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  milestones!: SubsidyMilestones;

  @Column({ type: 'jsonb', default: () => "'[]'" })
  prerequisites!: ChecklistItem[];

  @Column({ type: 'jsonb', default: () => "'[]'" })
  evidence!: ChecklistItem[];

  /** Staff-only; never shown to tenant users. */
  @Column({ name: 'staff_notes', type: 'text', nullable: true })
  staffNotes!: string | null;

  /** Why the case was withdrawn or cancelled. */
  @Column({ name: 'closed_reason', type: 'text', nullable: true })
  closedReason!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
