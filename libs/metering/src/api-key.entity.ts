import { Column, CreateDateColumn, Entity, ForeignKey, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Audited } from '@tamago/audit';

/**
 * A facility's key for devices (smart meters, gateways). Only the SHA-256 of the key is kept; the
 * key itself is shown once, at creation. A revoked key stays for the record but opens nothing.
 */
@Entity('api_keys')
@Audited({ entity: 'api_key', exclude: ['keyHash'] })
@Index('api_keys_hash_unique', ['keyHash'], { unique: true })
@Index('api_keys_facility', ['facilityId'])
export class ApiKey {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ForeignKey('Facility', { onDelete: 'CASCADE' })
  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  @Column({ type: 'varchar', length: 100 })
  name!: string;

  /** The first characters of the key, to tell keys apart in lists. */
  @Column({ type: 'varchar', length: 16 })
  prefix!: string;

  @Column({ name: 'key_hash', type: 'char', length: 64 })
  keyHash!: string;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @Column({ name: 'last_used_at', type: 'timestamptz', nullable: true })
  lastUsedAt!: Date | null;

  @Column({ name: 'revoked_at', type: 'timestamptz', nullable: true })
  revokedAt!: Date | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
