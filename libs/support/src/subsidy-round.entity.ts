import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Audited } from '@tamago/audit';
import type { PrerequisiteCutoff } from './domain';
import { SubsidyProgram } from './subsidy-program.entity';

/** One call (公募回) of a programme, with its own application window and earlier prerequisite cut-offs. */
@Entity('subsidy_rounds')
@Audited({ entity: 'subsidy_round' })
@Index('subsidy_rounds_name_unique', ['facilityId', 'programId', 'name'], { unique: true })
export class SubsidyRound {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  @Column({ name: 'program_id', type: 'uuid' })
  programId!: string;

  @ManyToOne(() => SubsidyProgram, (p) => p.rounds, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'program_id' })
  program?: Relation<SubsidyProgram>;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ name: 'opens_on', type: 'date' })
  opensOn!: string;

  @Column({ name: 'closes_on', type: 'date' })
  closesOn!: string;

  /** 補助事業実施期限 of the round; a case may set its own. */
  @Column({ name: 'project_deadline', type: 'date', nullable: true })
  projectDeadline!: string | null;

  /** Earlier cut-offs, e.g. { key: 'chamber_support_plan', dueOn } for the chamber's support plan. */
  @Column({ name: 'prerequisite_cutoffs', type: 'jsonb', default: () => "'[]'" })
  prerequisiteCutoffs!: PrerequisiteCutoff[];
}
