import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** An Idempotency-Key seen on POST /payments: a retry with the same key answers the same payment. */
@Entity('payment_idempotency_keys')
@Index('payment_idempotency_keys_unique', ['facilityId', 'key'], { unique: true })
export class PaymentIdempotencyKey {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  @Column({ type: 'varchar', length: 200 })
  key!: string;

  /** SHA-256 of the canonical request body: the same key with another body is refused. */
  @Column({ name: 'request_hash', type: 'char', length: 64 })
  requestHash!: string;

  /** Null only inside the transaction that claims the key and records the payment. */
  @Column({ name: 'payment_id', type: 'uuid', nullable: true })
  paymentId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
