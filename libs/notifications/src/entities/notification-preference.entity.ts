import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A user's choice for one notification kind: `email: false` opts out of its mail (the inbox keeps it). */
@Entity('notification_preferences')
@Index('notification_preferences_kind', ['facilityId', 'userId', 'kind'], { unique: true })
export class NotificationPreference {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  @Column({ name: 'user_id', type: 'uuid' })
  userId!: string;

  @Column({ type: 'varchar', length: 64 })
  kind!: string;

  @Column({ type: 'boolean' })
  email!: boolean;
}
