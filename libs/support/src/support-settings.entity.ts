import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { Audited } from '@tamago/audit';
import type { QuotaPolicy } from './domain';

/** A facility's support rules; a facility without a row uses the defaults. */
@Entity('support_settings')
@Audited({ entity: 'support_settings' })
export class SupportSettings {
  @ForeignKey('Facility', { onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  /** Free expert sessions per tenant and fiscal year (April–March). */
  @Column({ name: 'free_sessions_per_year', type: 'integer', default: 4 })
  freeSessionsPerYear!: number;

  /** Past the free quota: refuse the booking, or accept it as chargeable. */
  @Column({ name: 'quota_policy', type: 'varchar', length: 16, default: 'refuse' })
  quotaPolicy!: QuotaPolicy;

  /** A tenant may cancel or move a booking up to this many hours before it starts. */
  @Column({ name: 'tenant_cancel_hours', type: 'integer', default: 24 })
  tenantCancelHours!: number;
}
