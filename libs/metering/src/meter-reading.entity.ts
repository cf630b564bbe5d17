import { Check, Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Audited } from '@tamago/audit';
import { bigintTransformer } from '@tamago/database';
import type { MeterKind } from './domain';

/** Where a reading came from. */
export type ReadingSource = 'manual' | 'csv' | 'device';

/**
 * A monthly reading of one meter (a space and a utility). One reading per meter and month; the
 * consumption since the previous reading is computed once, when the reading is recorded, so a
 * meter replacement is accounted for exactly (see checkReading).
 */
@Entity('meter_readings')
@Audited({ entity: 'meter_reading' })
@Index('meter_readings_one_per_month', ['facilityId', 'spaceId', 'kind', 'period'], { unique: true })
@Index('meter_readings_facility_period', ['facilityId', 'period'])
@Check('meter_readings_kind', `kind IN ('electricity', 'water', 'gas')`)
@Check('meter_readings_source', `source IN ('manual', 'csv', 'device')`)
@Check('meter_readings_amounts', 'value >= 0 AND consumption >= 0')
@Check('meter_readings_period', `period = to_char(read_on, 'YYYY-MM')`)
@Check(
  'meter_readings_replacement',
  '(is_replacement AND old_meter_final IS NOT NULL) OR (NOT is_replacement AND old_meter_final IS NULL AND new_meter_initial IS NULL)',
)
export class MeterReading {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  @ForeignKey('Space', { onDelete: 'RESTRICT' })
  @Column({ name: 'space_id', type: 'uuid' })
  spaceId!: string;

  @Column({ type: 'varchar', length: 16 })
  kind!: MeterKind;

  @Column({ name: 'read_on', type: 'date' })
  readOn!: string;

  /** 'YYYY-MM' of readOn: the month this reading closes. */
  @Column({ type: 'char', length: 7 })
  period!: string;

  /** The register in whole meter units (kWh, m³). */
  @Column({ type: 'bigint', transformer: bigintTransformer })
  value!: number;

  /** Units consumed since the previous reading of this meter (0 for the first one). */
  @Column({ type: 'bigint', transformer: bigintTransformer })
  consumption!: number;

  @Column({ name: 'is_replacement', type: 'boolean', default: false })
  isReplacement!: boolean;

  /** The old meter's last register when the meter was replaced since the previous reading. */
  @Column({ name: 'old_meter_final', type: 'bigint', nullable: true, transformer: bigintTransformer })
  oldMeterFinal!: number | null;

  /** The new meter's first register (0 when it started from zero). */
  @Column({ name: 'new_meter_initial', type: 'bigint', nullable: true, transformer: bigintTransformer })
  newMeterInitial!: number | null;

  @Column({ type: 'varchar', length: 8 })
  source!: ReadingSource;

  @Column({ name: 'recorded_by', type: 'uuid', nullable: true })
  recordedBy!: string | null;

  @Column({ name: 'api_key_id', type: 'uuid', nullable: true })
  apiKeyId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
