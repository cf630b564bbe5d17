import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Audited } from '@tamago/audit';
import { bigintTransformer } from '@tamago/database';
import { Payment } from './payment.entity';

/**
 * 'invoice': money applied to an invoice; 'bank_fee': the transfer fee a payer deducted, accepted
 * as paid on the invoice; 'credit': money held as the tenant's credit balance (negative when used).
 */
export type AllocationKind = 'invoice' | 'bank_fee' | 'credit';
/** What wrote the row: receiving a payment, refunding one, or using held credit on an invoice. */
export type AllocationEvent = 'payment' | 'refund' | 'credit_use';

/**
 * One line of the payments ledger. Rows are only ever added: a refund or a use of credit adds
 * negative rows, so the history stays complete. An invoice's paid amount is the sum of its
 * 'invoice' and 'bank_fee' rows; a tenant's credit balance is the sum of its 'credit' rows.
 */
@Entity('payment_allocations')
@Audited({ entity: 'payment_allocation' })
@Index('payment_allocations_payment', ['facilityId', 'paymentId'])
@Index('payment_allocations_invoice', ['facilityId', 'invoiceId'])
@Index('payment_allocations_tenant', ['facilityId', 'tenantId', 'kind'])
@Check('payment_allocations_nonzero', `"amount" <> 0`)
@Check(
  'payment_allocations_kind',
  `("kind" = 'credit' AND "invoice_id" IS NULL) OR ("kind" IN ('invoice', 'bank_fee') AND "invoice_id" IS NOT NULL)`,
)
export class PaymentAllocation {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  @Column({ name: 'payment_id', type: 'uuid' })
  paymentId!: string;

  @ManyToOne(() => Payment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'payment_id' })
  payment?: Payment;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  /** Billing's invoice id ('invoice' and 'bank_fee' rows); null for 'credit' rows. */
  @Column({ name: 'invoice_id', type: 'uuid', nullable: true })
  invoiceId!: string | null;

  @Column({ type: 'varchar', length: 12 })
  kind!: AllocationKind;

  @Column({ type: 'varchar', length: 12 })
  event!: AllocationEvent;

  /** Integer yen, signed. */
  @Column({ type: 'bigint', transformer: bigintTransformer })
  amount!: number;

  /** Order of the row within what one operation wrote (they share a created_at). */
  @Column({ type: 'integer' })
  position!: number;

  /** The day the allocation took effect (payment date, refund date, date credit was used). */
  @Column({ name: 'effective_on', type: 'date' })
  effectiveOn!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
