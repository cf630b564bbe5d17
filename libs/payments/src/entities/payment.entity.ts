import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
} from 'typeorm';
import { Audited } from '@tamago/audit';
import { bigintTransformer } from '@tamago/database';

export type PaymentMethod = 'bank_transfer' | 'direct_debit' | 'cash' | 'card';
export const PAYMENT_METHODS: readonly PaymentMethod[] = ['bank_transfer', 'direct_debit', 'cash', 'card'];
/** 'payment' brings money in (amount > 0); 'refund' gives some back (amount < 0) and points at the payment. */
export type PaymentKind = 'payment' | 'refund';
/** Where the payment came from: typed by staff, a bank-statement credit, a direct-debit result. */
export type PaymentSource = 'manual' | 'bank_credit' | 'direct_debit';

/** Money received from (or refunded to) a tenant. Never edited: corrections are refunds. */
@Entity('payments')
@Audited({ entity: 'payment' })
@Index('payments_tenant', ['facilityId', 'tenantId', 'paidOn'])
@Index('payments_paid_on', ['facilityId', 'paidOn'])
@Check(
  'payments_sign',
  `("kind" = 'payment' AND "amount" > 0 AND "refund_of_id" IS NULL) OR ("kind" = 'refund' AND "amount" < 0 AND "refund_of_id" IS NOT NULL)`,
)
@Check('payments_method', `"method" IN ('bank_transfer', 'direct_debit', 'cash', 'card')`)
export class Payment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  @ForeignKey('Tenant', { onDelete: 'RESTRICT' })
  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ type: 'varchar', length: 8 })
  kind!: PaymentKind;

  /** Integer yen; positive for a payment, negative for a refund. */
  @Column({ type: 'bigint', transformer: bigintTransformer })
  amount!: number;

  @Column({ name: 'paid_on', type: 'date' })
  paidOn!: string;

  @Column({ type: 'varchar', length: 16 })
  method!: PaymentMethod;

  @Column({ type: 'varchar', length: 16 })
  source!: PaymentSource;

  /** For a refund: the payment it gives money back from. */
  @Column({ name: 'refund_of_id', type: 'uuid', nullable: true })
  refundOfId!: string | null;

  @ManyToOne(() => Payment, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'refund_of_id' })
  refundOf?: Payment;

  @Column({ type: 'varchar', length: 500, nullable: true })
  note!: string | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
