import {
  Column,
  Entity,
  Exclusion,
  ForeignKey,
  Index,
  JoinColumn,
  ManyToOne,
  PrimaryGeneratedColumn,
  type Relation,
} from 'typeorm';
import { Audited } from '@tamago/audit';
import { Lease } from './lease.entity';

/**
 * One space of a lease, with the days it holds that space. PostgreSQL itself refuses two
 * holding rows for one space whose day ranges overlap (lease_spaces_no_overlap), so two
 * requests at the same instant cannot both let a room: the second waits for the first to
 * commit and then fails with an exclusion violation.
 *
 * What holds a space: drafts (an offer reserves the room until it is signed or cancelled),
 * active and ended leases for their whole term, terminated leases up to the termination day
 * (end_date is shortened to it, so the room is free from the next day). Cancelled drafts
 * release it: `holds` becomes false and the row no longer takes part in the constraint.
 */
@Entity('lease_spaces')
@Audited({ entity: 'lease_space' })
@Index('lease_spaces_lease', ['facilityId', 'leaseId'])
@Index('lease_spaces_space', ['facilityId', 'spaceId'])
@Exclusion(
  'lease_spaces_no_overlap',
  `USING gist ("facility_id" WITH =, "space_id" WITH =, daterange("start_date", "end_date", '[]') WITH &&) WHERE ("holds")`,
)
export class LeaseSpace {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  @Column({ name: 'lease_id', type: 'uuid' })
  leaseId!: string;

  @ManyToOne(() => Lease, (l) => l.spaces, { onDelete: 'CASCADE' })
  @JoinColumn({ name: 'lease_id' })
  lease?: Relation<Lease>;

  @ForeignKey('Space', { onDelete: 'RESTRICT' })
  @Column({ name: 'space_id', type: 'uuid' })
  spaceId!: string;

  /** The space's code, from spaces (not a column): set by leasing when it loads leases for display. */
  spaceCode?: string;

  /** First day held (the lease start). */
  @Column({ name: 'start_date', type: 'date' })
  startDate!: string;

  /** Last day held: the lease end, or the termination day once terminated early. */
  @Column({ name: 'end_date', type: 'date' })
  endDate!: string;

  /** False once the lease is cancelled: the row stays for the record but no longer holds the space. */
  @Column({ type: 'boolean', default: true })
  holds!: boolean;
}
