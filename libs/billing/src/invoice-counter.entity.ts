import { Column, Entity, ForeignKey, PrimaryColumn } from 'typeorm';

/**
 * A facility's invoice-number counter. Issuing locks this row (UPDATE … RETURNING) inside the
 * issuing transaction, so a rollback gives the number back: no gaps, unlike a sequence.
 */
@Entity('invoice_counters')
export class InvoiceCounter {
  @ForeignKey('Facility', { onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  /** The last number handed out; 0 before the first invoice. */
  @Column({ name: 'last_sequence', type: 'integer', default: 0 })
  lastSequence!: number;
}
