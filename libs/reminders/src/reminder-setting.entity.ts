import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A facility's choice for one reminder kind: off, or other lead times (days before the date). */
@Entity('reminder_settings')
@Index('reminder_settings_kind', ['facilityId', 'kind'], { unique: true })
export class ReminderSetting {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  @Column({ type: 'varchar', length: 64 })
  kind!: string;

  @Column({ type: 'boolean', default: true })
  enabled!: boolean;

  @Column({ name: 'lead_days', type: 'integer', array: true, nullable: true })
  leadDays!: number[] | null;
}
