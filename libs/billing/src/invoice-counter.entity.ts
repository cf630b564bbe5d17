import { Column, Entity, JoinColumn, OneToOne, PrimaryColumn } from 'typeorm';
import { Facility } from '@tamago/facilities';

/**
 * A facility's invoice-number counter. Issuing locks this row (UPDATE … RETURNING) inside the
 * issuing transaction, so a rollback gives the number back: no gaps, unlike a sequence.
 */
@Entity('invoice_counters')
export class InvoiceCounter {
  @PrimaryColumn({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  @OneToOne(() => Facility, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'facility_id' })
  facility?: Facility;

  /** The last number handed out; 0 before the first invoice. */
  @Column({ name: 'last_sequence', type: 'integer', default: 0 })
  lastSequence!: number;
}
