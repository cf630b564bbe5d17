import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Audited } from '@tamago/audit';

/** Another name a tenant's transfers arrive under (a representative's own name, an old trade name). */
@Entity('tenant_payer_aliases')
@Audited({ entity: 'tenant_payer_alias' })
@Index('tenant_payer_aliases_unique', ['facilityId', 'tenantId', 'matchKey'], { unique: true })
export class TenantPayerAlias {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  @ForeignKey('Tenant', { onDelete: 'CASCADE' })
  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  /** As typed (any kana width). */
  @Column({ type: 'varchar', length: 100 })
  alias!: string;

  /** normalizeKanaForMatching(alias): what bank sender names are compared with. */
  @Column({ name: 'match_key', type: 'varchar', length: 100 })
  matchKey!: string;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
