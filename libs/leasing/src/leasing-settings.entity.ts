import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { Audited } from '@tamago/audit';
import { Facility } from '@tamago/facilities';
import { DEFAULT_MAX_TENURE_MONTHS } from './domain';

/** A facility's leasing rules; a facility without a row uses the defaults. */
@Entity('leasing_settings')
@Audited({ entity: 'leasing_settings' })
export class LeasingSettings {
  @PrimaryColumn({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  @OneToOne(() => Facility, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'facility_id' })
  facility?: Facility;

  /** Hard maximum stay across renewals (e.g. 60 months = 5 years). */
  @Column({
    name: 'max_tenure_months',
    type: 'integer',
    default: DEFAULT_MAX_TENURE_MONTHS,
  })
  maxTenureMonths!: number;
}
