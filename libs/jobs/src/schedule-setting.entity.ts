import { Column, Entity, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';

/**
 * A facility's setting for one scheduled kind: off, or the day of month and local time it runs at,
 * plus kind-specific options (e.g. the billing preview's automatic issue). No row: the kind's default.
 */
@Entity('schedule_settings')
@Index('schedule_settings_kind', ['facilityId', 'kind'], { unique: true })
export class ScheduleSetting {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  @Column({ type: 'varchar', length: 64 })
  kind!: string;

  @Column({ type: 'boolean', default: true })
  enabled!: boolean;

  @Column({ name: 'day_of_month', type: 'integer', nullable: true })
  dayOfMonth!: number | null;

  /** HH:MM in the facility's time zone. */
  @Column({ name: 'local_time', type: 'varchar', length: 5, nullable: true })
  localTime!: string | null;

  @Column({ type: 'jsonb', default: {} })
  options!: Record<string, unknown>;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
