import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Audited } from '@tamago/audit';

/** A KPI survey the facility opens for a period (quarterly by default) with a submission window. */
@Entity('kpi_surveys')
@Audited({ entity: 'kpi_survey' })
@Index('kpi_surveys_period_unique', ['facilityId', 'period'], { unique: true })
@Check('kpi_surveys_window', 'start_date <= end_date AND opens_on <= closes_on')
export class KpiSurvey {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('Facility', { onDelete: 'RESTRICT' })
  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  /** '2026-Q3', '2026-H1' or 'FY2026'. */
  @Column({ type: 'varchar', length: 16 })
  period!: string;

  /** First and last day the figures are about. */
  @Column({ name: 'start_date', type: 'date' })
  startDate!: string;

  @Column({ name: 'end_date', type: 'date' })
  endDate!: string;

  /** Tenants may submit from opensOn to closesOn (facility time zone, both included). */
  @Column({ name: 'opens_on', type: 'date' })
  opensOn!: string;

  @Column({ name: 'closes_on', type: 'date' })
  closesOn!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
