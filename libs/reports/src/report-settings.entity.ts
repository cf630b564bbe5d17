import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';

/** A facility's report settings: who gets the scheduled reports, in which format, and how long files are kept. */
@Entity('report_settings')
export class ReportSettings {
  @PrimaryColumn({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  @Column({ type: 'text', array: true, default: () => "'{}'" })
  recipients!: string[];

  @Column({ name: 'monthly_enabled', type: 'boolean', default: true })
  monthlyEnabled!: boolean;

  @Column({ name: 'fiscal_year_enabled', type: 'boolean', default: true })
  fiscalYearEnabled!: boolean;

  @Column({ name: 'scheduled_format', type: 'varchar', length: 8, default: 'pdf' })
  scheduledFormat!: 'pdf' | 'csv' | 'xlsx';

  @Column({ name: 'retention_days', type: 'integer', default: 90 })
  retentionDays!: number;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
