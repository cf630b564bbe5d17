import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
  type Relation,
} from 'typeorm';
import { Audited } from '@tamago/audit';
import { bigintTransformer } from '@tamago/database';
import type { TaxSummaryEntry } from './domain';
import { BillingRun } from './billing-run.entity';
import { InvoiceLine } from './invoice-line.entity';
import type { InvoiceKind, InvoiceSnapshot, InvoiceStatus } from './invoice-types';

/**
 * An invoice (適格請求書) or credit note (適格返還請求書). Drafts belong to a billing run's
 * preview; once issued, only amountPaid/amountCredited/status (payments) and the void fields
 * change — the snapshot, number and amounts never do.
 */
@Entity('invoices')
@Audited({ entity: 'invoice' })
@Index('invoices_facility_tenant', ['facilityId', 'tenantId'])
@Index('invoices_facility_period', ['facilityId', 'period'])
@Index('invoices_facility_issue_date', ['facilityId', 'issueDate'])
@Index('invoices_run', ['facilityId', 'billingRunId'])
@Index('invoices_number_unique', ['facilityId', 'number'], { unique: true })
@Index('invoices_sequence_unique', ['facilityId', 'sequence'], { unique: true })
// The self-references' foreign-key look-ups when an invoice row goes (drafts of a re-previewed run):
// without them each deleted row scanned every invoice of the platform twice.
@Index('invoices_original', ['originalInvoiceId'], { where: '"original_invoice_id" IS NOT NULL' })
@Index('invoices_replaced_by', ['replacedById'], { where: '"replaced_by_id" IS NOT NULL' })
// One regular invoice per tenant and period: void ones free the slot (void-and-reissue),
// supplementary runs and credit notes are outside it.
@Index('invoices_one_regular_per_period', ['facilityId', 'tenantId', 'period'], {
  unique: true,
  where: `"kind" = 'invoice' AND "status" <> 'void' AND "supplementary" = false`,
})
// One invoice per tenant per supplementary run.
@Index('invoices_one_per_supplementary_run', ['facilityId', 'billingRunId', 'tenantId'], {
  unique: true,
  where: `"kind" = 'invoice' AND "supplementary" = true AND "status" <> 'void'`,
})
export class Invoice {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  @ForeignKey('Tenant', { onDelete: 'RESTRICT' })
  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'billing_run_id', type: 'uuid', nullable: true })
  billingRunId!: string | null;

  @ManyToOne(() => BillingRun, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'billing_run_id' })
  billingRun?: Relation<BillingRun>;

  /** Billing period 'YYYY-MM'. */
  @Column({ type: 'char', length: 7 })
  period!: string;

  @Column({ type: 'varchar', length: 16, default: 'invoice' })
  kind!: InvoiceKind;

  /** True for invoices of a supplementary run (charges added after the regular run). */
  @Column({ type: 'boolean', default: false })
  supplementary!: boolean;

  /** Formatted number, null while draft. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  number!: string | null;

  /** Position in the facility's gap-free sequence, null while draft. */
  @Column({ type: 'integer', nullable: true })
  sequence!: number | null;

  @Column({ name: 'issue_date', type: 'date', nullable: true })
  issueDate!: string | null;

  @Column({ name: 'due_date', type: 'date', nullable: true })
  dueDate!: string | null;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status!: InvoiceStatus;

  /** Recipient name, kept beside the snapshot so invoices are searchable by counterparty. */
  @Column({ name: 'recipient_name', type: 'varchar', length: 200 })
  recipientName!: string;

  @Column({ type: 'bigint', transformer: bigintTransformer })
  subtotal!: number;

  @Column({ type: 'bigint', transformer: bigintTransformer })
  tax!: number;

  @Column({ type: 'bigint', transformer: bigintTransformer })
  total!: number;

  @Column({ name: 'amount_paid', type: 'bigint', default: 0, transformer: bigintTransformer })
  amountPaid!: number;

  /** Credit notes issued against this invoice, as a positive amount. */
  @Column({ name: 'amount_credited', type: 'bigint', default: 0, transformer: bigintTransformer })
  amountCredited!: number;

  @Column({ name: 'tax_summary', type: 'jsonb' })
  taxSummary!: TaxSummaryEntry[];

  /** Frozen at issue; the PDF renders from it only. */
  @Column({ type: 'jsonb', nullable: true })
  snapshot!: InvoiceSnapshot | null;

  /** Credit notes: the invoice they correct. */
  @Column({ name: 'original_invoice_id', type: 'uuid', nullable: true })
  originalInvoiceId!: string | null;

  @ManyToOne(() => Invoice, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'original_invoice_id' })
  originalInvoice?: Relation<Invoice>;

  @Column({ type: 'text', nullable: true })
  reason!: string | null;

  @Column({ name: 'voided_at', type: 'timestamptz', nullable: true })
  voidedAt!: Date | null;

  @Column({ name: 'void_reason', type: 'text', nullable: true })
  voidReason!: string | null;

  /** Void-and-reissue: the invoice that replaced this one. */
  @Column({ name: 'replaced_by_id', type: 'uuid', nullable: true })
  replacedById!: string | null;

  @ManyToOne(() => Invoice, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'replaced_by_id' })
  replacedBy?: Relation<Invoice>;

  @OneToMany(() => InvoiceLine, (line) => line.invoice)
  lines?: Relation<InvoiceLine>[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
