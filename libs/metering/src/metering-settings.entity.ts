import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';
import { Audited } from '@tamago/audit';

/** A facility's metering settings; a facility without a row has no emission factor yet. */
@Entity('metering_settings')
@Audited({ entity: 'metering_settings' })
export class MeteringSettings {
  @ForeignKey('Facility', { onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  /**
   * The electricity retailer's emission factor in t-CO2/kWh as published (e.g. "0.000434"),
   * kept as the exact decimal text: CO2 is computed from it in integers (co2Kg).
   */
  @Column({ name: 'emission_factor', type: 'varchar', length: 24, nullable: true })
  emissionFactor!: string | null;
}
