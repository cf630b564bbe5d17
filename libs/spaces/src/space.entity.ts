import {
  Column,
  CreateDateColumn,
  Entity,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Audited } from '@tamago/audit';
import { decimalStringTransformer } from '@tamago/database';
import { RoomType } from './room-type.entity';

/** Whether a space can be let right now (occupancy itself is computed from leases). */
export type SpaceStatus = 'vacant' | 'occupied' | 'reserved' | 'out_of_service';
export const SPACE_STATUSES: readonly SpaceStatus[] = ['vacant', 'occupied', 'reserved', 'out_of_service'];

/** A room (居室) or desk of a facility that can be leased. */
@Entity('spaces')
@Audited({ entity: 'space' })
@Index('spaces_code_unique', ['facilityId', 'code'], { unique: true })
@Index('spaces_facility_type', ['facilityId', 'typeId'])
export class Space {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  @Column({ type: 'varchar', length: 32 })
  code!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  building!: string | null;

  @Column({ type: 'varchar', length: 16, nullable: true })
  floor!: string | null;

  @Column({ name: 'type_id', type: 'uuid' })
  typeId!: string;

  @ManyToOne(() => RoomType, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'type_id' })
  type?: RoomType;

  /** m² with two decimals, kept as a string so no float ever touches it. */
  @Column({
    name: 'area_sqm',
    type: 'numeric',
    precision: 10,
    scale: 2,
    transformer: decimalStringTransformer,
  })
  areaSqm!: string;

  /** Integer yen per month, before tax. */
  @Column({ name: 'monthly_rent', type: 'integer' })
  monthlyRent!: number;

  /** 共益費, integer yen per month. */
  @Column({ name: 'common_area_fee', type: 'integer', default: 0 })
  commonAreaFee!: number;

  @Column({ type: 'varchar', length: 16, default: 'vacant' })
  status!: SpaceStatus;

  @Column({ type: 'text', array: true, default: '{}' })
  equipment!: string[];

  /** Spaces this one can be combined with (e.g. adjacent 63 m² labs). */
  @Column({ name: 'combinable_with', type: 'uuid', array: true, default: '{}' })
  combinableWith!: string[];

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
