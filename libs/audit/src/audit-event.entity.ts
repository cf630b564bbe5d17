import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

export type AuditAction = 'create' | 'update' | 'delete';

/**
 * One change of business data: who changed what, when, and the fields before and after.
 * Append-only; no foreign keys, so the log outlives what it describes.
 */
@Entity('audit_events')
@Index('audit_events_facility_time', ['facilityId', 'occurredAt'])
@Index('audit_events_entity', ['facilityId', 'entity', 'entityId'])
export class AuditEvent {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  /** The user who made the change; null for the system (jobs, seed, CLI). */
  @Column({ name: 'actor_id', type: 'uuid', nullable: true })
  actorId!: string | null;

  @Column({ type: 'varchar', length: 16 })
  action!: AuditAction;

  @Column({ type: 'varchar', length: 64 })
  entity!: string;

  @Column({ name: 'entity_id', type: 'varchar', length: 64 })
  entityId!: string;

  /** `{ field: { before, after } }` for the fields that changed. */
  @Column({ type: 'jsonb' })
  changes!: Record<string, { before: unknown; after: unknown }>;

  @Column({ name: 'occurred_at', type: 'timestamptz', default: () => 'now()' })
  occurredAt!: Date;
}
