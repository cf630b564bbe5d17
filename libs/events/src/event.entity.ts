import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Audited } from '@tamago/audit';

/** What kind of gathering: forums, exchange meetings (交流会), seminars, exhibitions. */
export type EventKind = 'forum' | 'exchange_meeting' | 'seminar' | 'exhibition' | 'study_group' | 'other';
export const EVENT_KINDS: readonly EventKind[] = [
  'forum',
  'exchange_meeting',
  'seminar',
  'exhibition',
  'study_group',
  'other',
];

/** An event the facility runs, possibly with partner organisations as co-hosts. */
@Entity('events')
@Audited({ entity: 'event' })
@Index('events_facility_starts', ['facilityId', 'startsAt'])
@Check('events_ends_after_start', '"ends_at" > "starts_at"')
@Check('events_capacity_positive', '"capacity" IS NULL OR "capacity" > 0')
export class Event {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('Facility', { onDelete: 'RESTRICT' })
  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  @Column({ type: 'varchar', length: 24 })
  kind!: EventKind;

  @Column({ type: 'varchar', length: 200 })
  title!: string;

  @Column({ type: 'text', nullable: true })
  description!: string | null;

  @Column({ name: 'starts_at', type: 'timestamptz' })
  startsAt!: Date;

  @Column({ name: 'ends_at', type: 'timestamptz' })
  endsAt!: Date;

  @Column({ type: 'varchar', length: 300, nullable: true })
  venue!: string | null;

  /** Partner organisations co-hosting (ids checked against the partners context on write). */
  @Column({ name: 'co_host_ids', type: 'uuid', array: true, default: '{}' })
  coHostIds!: string[];

  /** Seats; null means unlimited. */
  @Column({ type: 'integer', nullable: true })
  capacity!: number | null;

  @Column({ name: 'waitlist_enabled', type: 'boolean', default: false })
  waitlistEnabled!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
