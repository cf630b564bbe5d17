import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, type Relation } from 'typeorm';
import { Audited } from '@tamago/audit';
import { Tenant } from './tenant.entity';

/** What a contact person does for the tenant. */
export type ContactRole = 'representative' | 'primary' | 'billing' | 'technical' | 'other';
export const CONTACT_ROLES: readonly ContactRole[] = ['representative', 'primary', 'billing', 'technical', 'other'];

/** A person the facility talks to at a tenant; a tenant has several. */
@Entity('tenant_contacts')
@Audited({ entity: 'tenant_contact' })
@Index('tenant_contacts_tenant', ['facilityId', 'tenantId'])
export class TenantContact {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @ManyToOne(() => Tenant, (t) => t.contacts, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'tenant_id' })
  tenant?: Relation<Tenant>;

  @Column({ type: 'varchar', length: 16 })
  role!: ContactRole;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  @Column({ name: 'name_kana', type: 'varchar', length: 100, nullable: true })
  nameKana!: string | null;

  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  @Column({ type: 'varchar', length: 32, nullable: true })
  phone!: string | null;

  /** Order in which contacts are shown. */
  @Column({ type: 'integer', default: 0 })
  position!: number;
}
