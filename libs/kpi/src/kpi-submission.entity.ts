import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Audited } from '@tamago/audit';
import { bigintTransformer } from '@tamago/database';
import { KpiSurvey } from './kpi-survey.entity';

/** One tenant's answer to one survey; resubmitting before the close updates it. */
@Entity('kpi_submissions')
@Audited({ entity: 'kpi_submission' })
@Index('kpi_submissions_one_per_tenant', ['facilityId', 'surveyId', 'tenantId'], { unique: true })
@Index('kpi_submissions_tenant', ['facilityId', 'tenantId'])
@Check(
  'kpi_submissions_figures',
  'employees >= 0 AND revenue >= 0 AND money_raised >= 0 AND patents >= 0 AND products_launched >= 0',
)
@Check('kpi_submissions_entered_by', `entered_by IN ('tenant', 'staff')`)
export class KpiSubmission {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  @Column({ name: 'survey_id', type: 'uuid' })
  surveyId!: string;

  @ManyToOne(() => KpiSurvey, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'survey_id' })
  survey?: KpiSurvey;

  @ForeignKey('Tenant', { onDelete: 'RESTRICT' })
  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ type: 'integer' })
  employees!: number;

  /** Revenue in the period, integer yen. */
  @Column({ type: 'bigint', transformer: bigintTransformer })
  revenue!: number;

  /** Money raised (equity, loans, grants) in the period, integer yen. */
  @Column({ name: 'money_raised', type: 'bigint', transformer: bigintTransformer })
  moneyRaised!: number;

  @Column({ type: 'integer' })
  patents!: number;

  @Column({ name: 'products_launched', type: 'integer' })
  productsLaunched!: number;

  @Column({ type: 'text', nullable: true })
  note!: string | null;

  /** Who entered it: the tenant itself in the portal, or staff on its behalf. */
  @Column({ name: 'entered_by', type: 'varchar', length: 8 })
  enteredBy!: 'tenant' | 'staff';

  @Column({ name: 'submitted_by', type: 'uuid', nullable: true })
  submittedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
