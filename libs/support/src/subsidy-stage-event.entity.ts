import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Audited } from '@tamago/audit';
import type { SubsidyStage, SubsidyStepDetails } from './domain';
import { SubsidyApplication } from './subsidy-application.entity';

/** One step of a subsidy case's stage history (the creation is the step into `planning`). */
@Entity('subsidy_stage_events')
@Audited({ entity: 'subsidy_stage_event', redact: ['note'] })
@Index('subsidy_stage_events_application', ['facilityId', 'applicationId'])
export class SubsidyStageEvent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  @Column({ name: 'application_id', type: 'uuid' })
  applicationId!: string;

  @ManyToOne(() => SubsidyApplication, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'application_id' })
  application?: Relation<SubsidyApplication>;

  @Column({ name: 'from_stage', type: 'varchar', length: 16, nullable: true })
  fromStage!: SubsidyStage | null;

  @Column({ name: 'to_stage', type: 'varchar', length: 16 })
  toStage!: SubsidyStage;

  /** The business date of the step (e.g. the adoption date), in the facility's calendar. */
  @Column({ name: 'occurred_on', type: 'date' })
  occurredOn!: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  details!: SubsidyStepDetails;

  /** Staff-only remark on the step. */
  @Column({ type: 'text', nullable: true })
  note!: string | null;

  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
