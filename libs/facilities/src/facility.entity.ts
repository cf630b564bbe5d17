import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Audited } from '@tamago/audit';

/** A facility: one incubation centre, the SaaS customer. All its data is isolated from others. */
@Entity('facilities')
@Audited({ entity: 'facility', facilityKey: 'id' })
export class Facility {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** IANA time zone in which business dates and schedules of this facility are read. */
  @Column({ name: 'time_zone', type: 'varchar', length: 64, default: 'Asia/Tokyo' })
  timeZone!: string;

  @Column({ type: 'varchar', length: 8, default: 'ja' })
  locale!: string;

  @Column({ name: 'is_demo', type: 'boolean', default: false })
  isDemo!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
