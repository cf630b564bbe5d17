import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import type { ReportFormat, ReportStatus, ReportType } from './report-request';

/**
 * One requested report and, once done, its file. The file lives in PostgreSQL (bytea) so any API
 * node can serve it; `expires_at` ends its retention (the file is then dropped, the row kept).
 * A facility has one row per request key (type, period or fiscal year, format): asking twice
 * answers the same report.
 */
@Entity('report_runs')
@Check('report_runs_status', `"status" IN ('queued', 'running', 'done', 'failed')`)
@Check('report_runs_progress', `"progress" BETWEEN 0 AND 100`)
@Index('report_runs_request_key', ['facilityId', 'requestKey'], { unique: true })
@Index('report_runs_created', ['facilityId', 'createdAt'])
export class ReportRun {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  @Column({ type: 'varchar', length: 32 })
  type!: ReportType;

  /** YYYY-MM for monthly reports, null for fiscal-year ones. */
  @Column({ type: 'char', length: 7, nullable: true })
  period!: string | null;

  @Column({ name: 'fiscal_year', type: 'integer', nullable: true })
  fiscalYear!: number | null;

  @Column({ type: 'varchar', length: 8 })
  format!: ReportFormat;

  @Column({ name: 'request_key', type: 'varchar', length: 80 })
  requestKey!: string;

  @Column({ type: 'varchar', length: 12, default: 'queued' })
  status!: ReportStatus;

  /** 0–100, written by the job. */
  @Column({ type: 'integer', default: 0 })
  progress!: number;

  /** Bumped when a failed or expired report is asked for again, so its job id is new but deterministic. */
  @Column({ type: 'integer', default: 1 })
  generation!: number;

  /** Why the last attempt failed, for people. */
  @Column({ type: 'text', nullable: true })
  error!: string | null;

  @Column({ name: 'file_name', type: 'varchar', length: 200, nullable: true })
  fileName!: string | null;

  @Column({ name: 'content_type', type: 'varchar', length: 100, nullable: true })
  contentType!: string | null;

  @Column({ name: 'file_size', type: 'integer', nullable: true })
  fileSize!: number | null;

  @Column({ type: 'bytea', nullable: true, select: false })
  file!: Buffer | null;

  /** 'api' (a person asked) or 'schedule' (the monthly / fiscal-year schedule). */
  @Column({ type: 'varchar', length: 12, default: 'api' })
  source!: 'api' | 'schedule';

  @Column({ name: 'requested_by', type: 'uuid', nullable: true })
  requestedBy!: string | null;

  /** When the scheduled report was mailed to the facility's recipients (once). */
  @Column({ name: 'mailed_at', type: 'timestamptz', nullable: true })
  mailedAt!: Date | null;

  @Column({ name: 'finished_at', type: 'timestamptz', nullable: true })
  finishedAt!: Date | null;

  @Column({ name: 'expires_at', type: 'timestamptz', nullable: true })
  expiresAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
