import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Audited } from '@tamago/audit';
import type { AdvisorAvailability, AdvisorKind } from './domain';

/** Someone who advises tenants: facility staff or an expert from a partner organisation. */
@Entity('advisors')
@Audited({ entity: 'advisor' })
@Index('advisors_facility_name', ['facilityId', 'name'])
export class Advisor {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  @Column({ type: 'varchar', length: 32 })
  kind!: AdvisorKind;

  /**
   * The partner organisation (libs/partners) the advisor comes from: a uuid with its foreign key,
   * by entity name (another context's entity is not imported). The API checks the id through the
   * partners library before writing, so a bad id is a 400 naming the field.
   */
  @ForeignKey('PartnerOrganization', { onDelete: 'RESTRICT' })
  @Column({ name: 'organization_id', type: 'uuid', nullable: true })
  organizationId!: string | null;

  /** The advisor's own login, when they have one (an advisor-role user). */
  @ForeignKey('User', { onDelete: 'SET NULL' })
  @Column({ name: 'user_id', type: 'uuid', nullable: true })
  userId!: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  @Column({ type: 'text', array: true, default: '{}' })
  expertise!: string[];

  // No database default: a jsonb object default never compares equal in the drift check; the service sets it.
  @Column({ type: 'jsonb' })
  availability!: AdvisorAvailability;

  @Column({ type: 'boolean', default: true })
  active!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
