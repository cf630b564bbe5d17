import {
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  OneToMany,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Audited } from '@tamago/audit';
import { bigintTransformer } from '@tamago/database';
import type { LeaseStatus, RentStep } from './domain';
import { LeaseSpace } from './lease-space.entity';

/** The re-screening that a renewal needs (再審査). */
export interface RescreeningRecord {
  decidedOn: string;
  note: string;
  score?: number;
}

/** How the deposit was settled at exit: held amount less deductions is returned. */
export interface DepositSettlement {
  settledOn: string;
  deductions: number;
  returned: number;
  note?: string;
}

/** A fixed-term lease (入居契約): one tenant, one or more spaces, a term and its money. */
@Entity('leases')
@Audited({ entity: 'lease' })
@Index('leases_facility_tenant', ['facilityId', 'tenantId'])
@Index('leases_facility_status_end', ['facilityId', 'status', 'endDate'])
export class Lease {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  @ForeignKey('Tenant', { onDelete: 'RESTRICT' })
  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  // RESTRICT: a tenant with leases cannot be deleted, only archived.

  @Column({ name: 'start_date', type: 'date' })
  startDate!: string;

  @Column({ name: 'end_date', type: 'date' })
  endDate!: string;

  @Column({ name: 'monthly_rent', type: 'integer' })
  monthlyRent!: number;

  @Column({ name: 'common_area_fee', type: 'integer', default: 0 })
  commonAreaFee!: number;

  /** 保証金, integer yen; not taxable, returned at exit less deductions. */
  @Column({ type: 'bigint', default: 0, transformer: bigintTransformer })
  deposit!: number;

  @Column({ name: 'notice_period_days', type: 'integer', default: 90 })
  noticePeriodDays!: number;

  /** Rent steps by contract year; null means monthlyRent for the whole term. */
  @Column({ name: 'rent_schedule', type: 'jsonb', nullable: true })
  rentSchedule!: RentStep[] | null;

  @Column({ type: 'varchar', length: 16, default: 'draft' })
  status!: LeaseStatus;

  @Column({ name: 'renewal_of_id', type: 'uuid', nullable: true })
  renewalOfId!: string | null;

  @ManyToOne(() => Lease, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'renewal_of_id' })
  renewalOf?: Lease;

  @Column({ type: 'jsonb', nullable: true })
  rescreening!: RescreeningRecord | null;

  @Column({ name: 'signed_on', type: 'date', nullable: true })
  signedOn!: string | null;

  @Column({ name: 'terminated_on', type: 'date', nullable: true })
  terminatedOn!: string | null;

  @Column({ name: 'termination_reason', type: 'text', nullable: true })
  terminationReason!: string | null;

  @Column({ name: 'cancellation_reason', type: 'text', nullable: true })
  cancellationReason!: string | null;

  @Column({ name: 'moved_in_on', type: 'date', nullable: true })
  movedInOn!: string | null;

  @Column({ name: 'moved_out_on', type: 'date', nullable: true })
  movedOutOn!: string | null;

  @Column({ name: 'deposit_settlement', type: 'jsonb', nullable: true })
  depositSettlement!: DepositSettlement | null;

  @OneToMany(() => LeaseSpace, (ls) => ls.lease)
  spaces?: LeaseSpace[];

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
