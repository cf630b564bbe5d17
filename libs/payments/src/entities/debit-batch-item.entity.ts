import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Audited } from '@tamago/audit';
import { bigintTransformer } from '@tamago/database';
import { DebitBatch } from './debit-batch.entity';

/** One debit in a batch: a tenant's open invoices up to the debit date, summed. */
@Entity('debit_batch_items')
@Audited({ entity: 'debit_batch_item' })
@Index('debit_batch_items_customer', ['facilityId', 'batchId', 'customerNumber'], { unique: true })
@Index('debit_batch_items_tenant', ['facilityId', 'tenantId'])
export class DebitBatchItem {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  @Column({ name: 'batch_id', type: 'uuid' })
  batchId!: string;

  @ManyToOne(() => DebitBatch, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'batch_id' })
  batch?: DebitBatch;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'mandate_id', type: 'uuid' })
  mandateId!: string;

  @Column({ name: 'customer_number', type: 'varchar', length: 20 })
  customerNumber!: string;

  @Column({ type: 'bigint', transformer: bigintTransformer })
  amount!: number;

  @Column({ name: 'invoice_ids', type: 'uuid', array: true })
  invoiceIds!: string[];

  /** 振替結果コード once the result is in: 0 debited, 1–4, 8, 9 not. */
  @Column({ name: 'result_code', type: 'char', length: 1, nullable: true })
  resultCode!: string | null;

  @Column({ name: 'result_label', type: 'varchar', length: 24, nullable: true })
  resultLabel!: string | null;

  @Column({ name: 'payment_id', type: 'uuid', nullable: true })
  paymentId!: string | null;
}
