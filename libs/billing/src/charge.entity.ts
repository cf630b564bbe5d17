import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Audited } from '@tamago/audit';
import { bigintTransformer } from '@tamago/database';
import type { TaxCategory } from './domain';
import { Invoice } from './invoice.entity';
import type { ChargeKind } from './invoice-types';

/** A one-off charge for a tenant and period (parking, telephone, a deposit…), billed by the next run. */
@Entity('charges')
@Audited({ entity: 'charge' })
@Index('charges_facility_tenant_period', ['facilityId', 'tenantId', 'period'])
@Index('charges_facility_period', ['facilityId', 'period'])
// The foreign key's look-up when an invoice row goes (a re-previewed run deletes its drafts).
@Index('charges_invoice', ['invoiceId'], { where: '"invoice_id" IS NOT NULL' })
export class Charge {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  @ForeignKey('Tenant', { onDelete: 'RESTRICT' })
  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ type: 'char', length: 7 })
  period!: string;

  @Column({ type: 'varchar', length: 300 })
  description!: string;

  @Column({ type: 'integer' })
  quantity!: number;

  @Column({ name: 'unit_price', type: 'bigint', transformer: bigintTransformer })
  unitPrice!: number;

  @Column({ type: 'bigint', transformer: bigintTransformer })
  amount!: number;

  @Column({ name: 'tax_category', type: 'varchar', length: 16 })
  taxCategory!: TaxCategory;

  /** True when unitPrice and amount are tax-included (内税). */
  @Column({ name: 'tax_included', type: 'boolean', default: false })
  taxIncluded!: boolean;

  /** What the charge is, which picks its journal account (deposit → 預り保証金…). */
  @Column({ type: 'varchar', length: 24, default: 'other' })
  kind!: ChargeKind;

  /** The issued invoice that billed it; set in the issuing transaction. Null = not yet invoiced. */
  @Column({ name: 'invoice_id', type: 'uuid', nullable: true })
  invoiceId!: string | null;

  @ManyToOne(() => Invoice, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'invoice_id' })
  invoice?: Relation<Invoice>;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
