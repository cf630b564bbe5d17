import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Audited } from '@tamago/audit';
import { Role } from './role';

export type UserStatus = 'invited' | 'active' | 'deactivated';

/** A person who logs in: a facility's staff member, a tenant's user, or a platform operator. */
@Entity('users')
@Audited({ entity: 'user', exclude: ['passwordHash', 'failedLoginCount', 'lockedUntil', 'lastLoginAt'] })
@Index('users_email_unique', ['email'], { unique: true })
@Index('users_facility', ['facilityId'])
export class User {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  /** Null only for platform operators. */
  @ForeignKey('Facility', { onDelete: 'RESTRICT' })
  @Column({ name: 'facility_id', type: 'uuid', nullable: true })
  facilityId!: string | null;

  /** Set for tenant users: the tenant (入居企業) they belong to. */
  @Column({ name: 'tenant_id', type: 'uuid', nullable: true })
  tenantId!: string | null;

  /** Stored lower-case; unique across the platform (see users_email_unique). */
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ type: 'text', array: true })
  roles!: Role[];

  @Column({ type: 'varchar', length: 16, default: 'active' })
  status!: UserStatus;

  @Column({ type: 'varchar', length: 8, default: 'ja' })
  locale!: string;

  @Column({ name: 'password_hash', type: 'varchar', length: 255, nullable: true })
  passwordHash!: string | null;

  @Column({ name: 'failed_login_count', type: 'integer', default: 0 })
  failedLoginCount!: number;

  @Column({ name: 'locked_until', type: 'timestamptz', nullable: true })
  lockedUntil!: Date | null;

  @Column({ name: 'last_login_at', type: 'timestamptz', nullable: true })
  lastLoginAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
