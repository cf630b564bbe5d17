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
} from 'typeorm';
import type { YearFigures } from './domain';
import { Audited } from '@tamago/audit';
import { PartnerOrganization } from './partner-organization.entity';

// TypeORM turns scalar date columns into 'YYYY-MM-DD' but not date[]: pg hands those over as
// local-midnight Dates (or the raw '{…}' literal), so they are normalised here.
const dateArrayTransformer = {
  to: (value: string[] | undefined) => value,
  from: (value: string | (string | Date)[] | null): string[] => {
    const items = typeof value === 'string' ? value.replace(/[{}]/g, '').split(',').filter(Boolean) : (value ?? []);
    return items.map((d) =>
      d instanceof Date
        ? `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`
        : d,
    );
  },
};

export type ImprovementPlanStatus = 'active' | 'completed';
export const IMPROVEMENT_PLAN_STATUSES: readonly ImprovementPlanStatus[] = ['active', 'completed'];

/**
 * A management-improvement plan (経営改善計画) written by a dispatched certified SME consultant,
 * followed up by the facility: yearly targets in integer yen and monitoring reviews.
 */
@Entity('improvement_plans')
@Audited({ entity: 'improvement_plan', redact: ['notes'] })
@Index('improvement_plans_facility_tenant', ['facilityId', 'tenantId'])
@Index('improvement_plans_facility_next_review', ['facilityId', 'nextReviewOn'], { where: '"status" = \'active\'' })
export class ImprovementPlan {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  @ForeignKey('Tenant', { onDelete: 'RESTRICT' })
  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ name: 'consultant_name', type: 'varchar', length: 200 })
  consultantName!: string;

  /** The institution that dispatched the consultant (credit-guarantee association, economy bureau…). */
  @Column({ name: 'consultant_organization_id', type: 'uuid', nullable: true })
  consultantOrganizationId!: string | null;

  @ManyToOne(() => PartnerOrganization, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'consultant_organization_id' })
  consultantOrganization?: PartnerOrganization;

  @Column({ name: 'starts_on', type: 'date' })
  startsOn!: string;

  /** Yearly targets; yen amounts stay far below 2^53, so JSON numbers are exact. */
  @Column({ type: 'jsonb' })
  targets!: YearFigures[];

  /** Planned monitoring dates; when they run out, reviews follow every `reviewIntervalMonths`. */
  @Column({ name: 'monitoring_dates', type: 'date', array: true, default: '{}', transformer: dateArrayTransformer })
  monitoringDates!: string[];

  @Column({ name: 'review_interval_months', type: 'integer', default: 3 })
  reviewIntervalMonths!: number;

  @Column({ name: 'next_review_on', type: 'date', nullable: true })
  nextReviewOn!: string | null;

  @Column({ type: 'varchar', length: 16, default: 'active' })
  status!: ImprovementPlanStatus;

  /** Staff only. */
  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
