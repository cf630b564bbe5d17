import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { Audited } from '@tamago/audit';

/** What kind of support institution (支援機関) an organisation is. */
export type OrganizationKind =
  | 'university'
  | 'industry_network'
  | 'bank'
  | 'credit_guarantee_association'
  | 'chamber_of_commerce'
  | 'city'
  | 'national_agency'
  | 'other';

export const ORGANIZATION_KINDS: readonly OrganizationKind[] = [
  'university',
  'industry_network',
  'bank',
  'credit_guarantee_association',
  'chamber_of_commerce',
  'city',
  'national_agency',
  'other',
];

/** A person the facility talks to at a partner organisation. */
export interface OrganizationContact {
  name: string;
  role: string | null;
  email: string | null;
  phone: string | null;
}

/** A partner organisation (支援機関) the facility works with: referrals, co-hosted events, advisors. */
@Entity('partner_organizations')
@Audited({ entity: 'partner_organization' })
@Index('partner_organizations_facility_kind', ['facilityId', 'kind'])
@Index('partner_organizations_name_unique', ['facilityId', 'name'], { unique: true })
export class PartnerOrganization {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('Facility', { onDelete: 'RESTRICT' })
  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  @Column({ type: 'varchar', length: 32 })
  kind!: OrganizationKind;

  @Column({ type: 'varchar', length: 200 })
  name!: string;

  /** Contacts live with the organisation (a handful each), never queried on their own. */
  @Column({ type: 'jsonb', default: () => "'[]'" })
  contacts!: OrganizationContact[];

  @Column({ type: 'text', nullable: true })
  notes!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
