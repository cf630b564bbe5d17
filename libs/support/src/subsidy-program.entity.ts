import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { Audited } from '@tamago/audit';
import { bigintTransformer } from '@tamago/database';
import { SubsidyRound } from './subsidy-round.entity';

/** A subsidy or grant programme (補助金) that the facility helps tenants apply for. */
@Entity('subsidy_programs')
@Audited({ entity: 'subsidy_program' })
@Index('subsidy_programs_name_unique', ['facilityId', 'name'], { unique: true })
export class SubsidyProgram {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** The funder, e.g. 中小企業庁 or the city. */
  @Column({ type: 'varchar', length: 200 })
  agency!: string;

  /** 補助率 as a reduced fraction "2/3"; never a decimal (0.6667 and 2/3 give different yen). */
  @Column({ name: 'subsidy_rate', type: 'varchar', length: 21 })
  subsidyRate!: string;

  /** 補助上限額, integer yen. */
  @Column({ name: 'max_amount', type: 'bigint', transformer: bigintTransformer })
  maxAmount!: number;

  @Column({ type: 'text', array: true, default: '{}' })
  categories!: string[];

  /** The performance report is due this many days after completion (capped by the project deadline). */
  @Column({ name: 'report_within_days', type: 'integer', default: 30 })
  reportWithinDays!: number;

  /** Yearly commercialisation reports (事業化状況報告) after payment. */
  @Column({ name: 'commercialisation_report_count', type: 'integer', default: 5 })
  commercialisationReportCount!: number;

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @OneToMany(() => SubsidyRound, (r) => r.program)
  rounds?: Relation<SubsidyRound>[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
