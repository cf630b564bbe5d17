import { Column, CreateDateColumn, Entity, Index, PrimaryColumn } from 'typeorm';

/**
 * A job that a transaction decided: written in that transaction, relayed to BullMQ after commit by
 * the worker's OutboxRelay. Request queries may insert rows but never read them (no SELECT grant).
 */
@Entity('outbox_messages')
@Index('outbox_messages_pending', ['createdAt'], { where: 'relayed_at IS NULL' })
export class OutboxMessage {
  @PrimaryColumn('uuid')
  id!: string;

  @Column({ name: 'facility_id', type: 'uuid', nullable: true })
  facilityId!: string | null;

  @Column({ name: 'job_name', type: 'varchar', length: 64 })
  jobName!: string;

  @Column({ type: 'jsonb' })
  payload!: object;

  @Column({ name: 'job_id', type: 'varchar', length: 200 })
  jobId!: string;

  @Column({ name: 'delay_ms', type: 'integer', default: 0 })
  delayMs!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @Column({ name: 'relayed_at', type: 'timestamptz', nullable: true })
  relayedAt!: Date | null;
}
