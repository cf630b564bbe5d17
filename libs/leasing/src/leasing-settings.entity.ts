import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { Audited } from '@tamago/audit';
import { DEFAULT_MAX_TENURE_MONTHS } from './domain';

/** A facility's leasing rules; a facility without a row uses the defaults. */
@Entity('leasing_settings')
@Audited({ entity: 'leasing_settings' })
export class LeasingSettings {
  @ForeignKey('Facility', { onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  /** Hard maximum stay across renewals (e.g. 60 months = 5 years). */
  @Column({
    name: 'max_tenure_months',
    type: 'integer',
    default: DEFAULT_MAX_TENURE_MONTHS,
  })
  maxTenureMonths!: number;
}
