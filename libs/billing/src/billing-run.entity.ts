import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Audited } from '@tamago/audit';
import { bigintTransformer } from '@tamago/database';

export type BillingRunStatus = 'previewing' | 'previewed' | 'issuing' | 'issued' | 'failed';

/** What changed since the previous period, per tenant. */
export interface BillingRunDiff {
  tenantId: string;
  recipientName: string;
  change: 'new' | 'ended' | 'changed';
  previousTotal: number | null;
  total: number | null;
}

export interface BillingRunSummary {
  differences: BillingRunDiff[];
  /** Why the last attempt failed, for people (no stack traces). */
  error?: string | null;
  /** Settings missing before the run can be issued (filled in live when the run is read). */
  warnings?: { field: string; message: string }[];
}

/**
 * One billing run for a period: preview (drafts) then issue. A facility has at most one regular
 * run per period; supplementary runs bill charges added after the regular run was issued.
 */
@Entity('billing_runs')
@Audited({ entity: 'billing_run' })
@Index('billing_runs_one_regular_per_period', ['facilityId', 'period'], {
  unique: true,
  where: '"supplementary" = false',
})
// At most one supplementary run in progress per period; issued and failed ones stay as history.
@Index('billing_runs_one_open_supplementary', ['facilityId', 'period'], {
  unique: true,
  where: `"supplementary" = true AND "status" IN ('previewing', 'previewed', 'issuing')`,
})
export class BillingRun {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  @Column({ type: 'char', length: 7 })
  period!: string;

  @Column({ type: 'boolean', default: false })
  supplementary!: boolean;

  @Column({ type: 'varchar', length: 16, default: 'previewing' })
  status!: BillingRunStatus;

  /** 0–100, written by the jobs. */
  @Column({ type: 'integer', default: 0 })
  progress!: number;

  /** Bumped on each re-preview so its BullMQ job id is new but deterministic. */
  @Column({ type: 'integer', default: 1 })
  generation!: number;

  @Column({ name: 'invoice_count', type: 'integer', default: 0 })
  invoiceCount!: number;

  @Column({ name: 'issued_count', type: 'integer', default: 0 })
  issuedCount!: number;

  @Column({ type: 'bigint', default: 0, transformer: bigintTransformer })
  subtotal!: number;

  @Column({ type: 'bigint', default: 0, transformer: bigintTransformer })
  tax!: number;

  @Column({ type: 'bigint', default: 0, transformer: bigintTransformer })
  total!: number;

  @Column({ type: 'jsonb' })
  summary!: BillingRunSummary;

  /** Issue date chosen when issuing started; kept so a retried issue uses the same date. */
  @Column({ name: 'issue_date', type: 'date', nullable: true })
  issueDate!: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'issued_at', type: 'timestamptz', nullable: true })
  issuedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
