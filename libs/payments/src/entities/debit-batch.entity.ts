import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Audited } from '@tamago/audit';
import { bigintTransformer } from '@tamago/database';

/** 'requested': file built, waiting for the bank's result; 'completed': result applied. */
export type DebitBatchStatus = 'requested' | 'completed';

/** One direct-debit request file (種別 91) for a debit date, and its result. */
@Entity('debit_batches')
@Audited({ entity: 'debit_batch' })
@Index('debit_batches_date', ['facilityId', 'debitDate'])
export class DebitBatch {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  @Column({ name: 'debit_date', type: 'date' })
  debitDate!: string;

  @Column({ type: 'varchar', length: 12 })
  status!: DebitBatchStatus;

  @Column({ name: 'file_name', type: 'varchar', length: 100 })
  fileName!: string;

  /** The request file exactly as built (Shift_JIS bytes). */
  @Column({ type: 'bytea', select: false })
  file!: Buffer;

  @Column({ name: 'item_count', type: 'integer' })
  itemCount!: number;

  @Column({ name: 'total_amount', type: 'bigint', transformer: bigintTransformer })
  totalAmount!: number;

  /** SHA-256 of the applied result file. */
  @Column({ name: 'result_hash', type: 'char', length: 64, nullable: true })
  resultHash!: string | null;

  @Column({ name: 'result_imported_at', type: 'timestamptz', nullable: true })
  resultImportedAt!: Date | null;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
