import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Audited } from '@tamago/audit';
import { bigintTransformer } from '@tamago/database';
import { ImprovementPlan } from './improvement-plan.entity';

/** One monitoring review of an improvement plan: the actuals of a fiscal year and the consultant's time. */
@Entity('improvement_plan_reviews')
@Audited({ entity: 'improvement_plan_review', redact: ['notes'] })
@Index('improvement_plan_reviews_plan', ['facilityId', 'planId', 'reviewedOn'])
export class ImprovementPlanReview {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  @Column({ name: 'plan_id', type: 'uuid' })
  planId!: string;

  @ManyToOne(() => ImprovementPlan, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'plan_id' })
  plan?: ImprovementPlan;

  @Column({ name: 'reviewed_on', type: 'date' })
  reviewedOn!: string;

  @Column({ name: 'fiscal_year', type: 'integer' })
  fiscalYear!: number;

  @Column({ name: 'actual_sales', type: 'bigint', transformer: bigintTransformer })
  actualSales!: number;

  @Column({ name: 'actual_operating_profit', type: 'bigint', transformer: bigintTransformer })
  actualOperatingProfit!: number;

  @Column({ name: 'actual_cash_flow', type: 'bigint', transformer: bigintTransformer })
  actualCashFlow!: number;

  /** The consultant's time on this review, in minutes (exact; hours are shown as minutes / 60). */
  @Column({ name: 'consultant_minutes', type: 'integer', default: 0 })
  consultantMinutes!: number;

  /** Staff only. */
  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
