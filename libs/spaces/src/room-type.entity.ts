import { Column, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Audited } from '@tamago/audit';

/** A facility-defined kind of room (office, wet lab, kitchen lab, shared desk, …). */
@Entity('room_types')
@Audited({ entity: 'room_type' })
@Index('room_types_code_unique', ['facilityId', 'code'], { unique: true })
export class RoomType {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('Facility', { onDelete: 'RESTRICT' })
  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  @Column({ type: 'varchar', length: 32 })
  code!: string;

  @Column({ name: 'name_ja', type: 'varchar', length: 100 })
  nameJa!: string;

  @Column({ name: 'name_en', type: 'varchar', length: 100 })
  nameEn!: string;
}
