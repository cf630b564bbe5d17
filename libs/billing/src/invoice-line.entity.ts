import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { bigintTransformer, decimalStringTransformer } from '@tamago/database';
import type { TaxCategory } from './domain';
import { Invoice } from './invoice.entity';
import type { ChargeKind, InvoiceLineSource } from './invoice-types';

/** One line of an invoice: amount = quantity × unitPrice in integer yen, tax-exclusive. */
@Entity('invoice_lines')
@Index('invoice_lines_invoice', ['facilityId', 'invoiceId', 'position'])
@Index('invoice_lines_source', ['facilityId', 'sourceType', 'sourceId'])
// The foreign key's look-up (and cascade) when an invoice row goes: without it, a seq scan per row.
@Index('invoice_lines_invoice_id', ['invoiceId'])
export class InvoiceLine {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  @Column({ name: 'invoice_id', type: 'uuid' })
  invoiceId!: string;

  // Lines live and die with their invoice (drafts are rebuilt; issued invoices are never deleted).
  @ManyToOne(() => Invoice, (invoice) => invoice.lines, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'invoice_id' })
  invoice?: Relation<Invoice>;

  @Column({ type: 'integer' })
  position!: number;

  @Column({ type: 'varchar', length: 300 })
  description!: string;

  /** Decimal string: whole units for charges, e.g. '123.5' kWh for utilities. */
  @Column({ type: 'numeric', precision: 14, scale: 3, transformer: decimalStringTransformer })
  quantity!: string;

  @Column({ type: 'varchar', length: 16, nullable: true })
  unit!: string | null;

  @Column({ name: 'unit_price', type: 'bigint', transformer: bigintTransformer })
  unitPrice!: number;

  /** The exact unit price as a decimal string when it has fractions of a yen ('31.52'). */
  @Column({ name: 'unit_price_text', type: 'varchar', length: 16, nullable: true })
  unitPriceText!: string | null;

  @Column({ type: 'bigint', transformer: bigintTransformer })
  amount!: number;

  @Column({ name: 'tax_category', type: 'varchar', length: 16 })
  taxCategory!: TaxCategory;

  /** True when amount and unit price are tax-included (内税). */
  @Column({ name: 'tax_included', type: 'boolean', default: false })
  taxIncluded!: boolean;

  /** For charges and credits: the charge kind that picks the journal account (deposit, utility…). */
  @Column({ name: 'charge_kind', type: 'varchar', length: 24, nullable: true })
  chargeKind!: ChargeKind | null;

  @Column({ name: 'source_type', type: 'varchar', length: 24 })
  sourceType!: InvoiceLineSource;

  /** Lease, charge or meter id the line was billed from (no FK: sources belong to other contexts). */
  @Column({ name: 'source_id', type: 'uuid', nullable: true })
  sourceId!: string | null;

  @Column({ name: 'service_from', type: 'date', nullable: true })
  serviceFrom!: string | null;

  @Column({ name: 'service_to', type: 'date', nullable: true })
  serviceTo!: string | null;
}
