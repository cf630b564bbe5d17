import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Audited } from '@tamago/audit';
import type { ScreeningReview, TenantKind, TenantStatus } from './domain';
import { TenantContact } from './tenant-contact.entity';

/** The screening committee's record (入居審査). */
export interface ScreeningRecord {
  reviews: ScreeningReview[];
  decision: 'approved' | 'rejected';
  decidedOn: string;
}

/** A company or individual that belongs to a facility (入居企業 / 会員). */
@Entity('tenants')
@Audited({ entity: 'tenant', redact: ['screening'] })
@Index('tenants_corporate_number_unique', ['facilityId', 'corporateNumber'], {
  unique: true,
})
@Index('tenants_facility_status', ['facilityId', 'status'])
@Index('tenants_facility_manager', ['facilityId', 'managerId'])
export class Tenant {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('Facility', { onDelete: 'RESTRICT' })
  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  @Column({ type: 'varchar', length: 24 })
  kind!: TenantKind;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** Full-width katakana; bank transfers are matched on it. */
  @Column({ name: 'name_kana', type: 'varchar', length: 200 })
  nameKana!: string;

  /** 屋号 of a sole proprietor (or support client). */
  @Column({ name: 'trade_name', type: 'varchar', length: 200, nullable: true })
  tradeName!: string | null;

  /** 13 ASCII digits with a verified check digit; unique per facility when present. */
  @Column({
    name: 'corporate_number',
    type: 'char',
    length: 13,
    nullable: true,
  })
  corporateNumber!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  representative!: string | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  address!: string | null;

  @Column({ type: 'varchar', length: 200, nullable: true })
  industry!: string | null;

  @Column({ name: 'founded_on', type: 'date', nullable: true })
  foundedOn!: string | null;

  @Column({ type: 'integer', nullable: true })
  employees!: number | null;

  @Column({ type: 'varchar', length: 500, nullable: true })
  website!: string | null;

  @Column({ type: 'text', array: true, default: '{}' })
  tags!: string[];

  /** The staff member in charge (担当 incubation manager). */
  @ForeignKey('User', { onDelete: 'SET NULL' })
  @Column({ name: 'manager_id', type: 'uuid', nullable: true })
  managerId!: string | null;

  /** The manager's name, from identity (not a column): set by TenantService when it loads tenants for display. */
  managerName?: string | null;

  @Column({ type: 'varchar', length: 16 })
  status!: TenantStatus;

  @Column({ type: 'jsonb', nullable: true })
  screening!: ScreeningRecord | null;

  @Column({ name: 'entered_on', type: 'date', nullable: true })
  enteredOn!: string | null;

  @Column({ name: 'graduated_on', type: 'date', nullable: true })
  graduatedOn!: string | null;

  @Column({ name: 'graduation_reason', type: 'text', nullable: true })
  graduationReason!: string | null;

  /** Where a graduate went (feeds the five-year alumni follow-up). */
  @Column({
    name: 'graduation_destination',
    type: 'varchar',
    length: 500,
    nullable: true,
  })
  graduationDestination!: string | null;

  @Column({ name: 'withdrawn_on', type: 'date', nullable: true })
  withdrawnOn!: string | null;

  @Column({ name: 'withdrawal_reason', type: 'text', nullable: true })
  withdrawalReason!: string | null;

  @Column({ name: 'archived_at', type: 'timestamptz', nullable: true })
  archivedAt!: Date | null;

  @OneToMany(() => TenantContact, (c) => c.tenant)
  contacts?: TenantContact[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
