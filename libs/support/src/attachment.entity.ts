import { Check, Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Audited } from '@tamago/audit';

/** Largest file accepted, in bytes (10 MB). */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;

/**
 * A file kept in PostgreSQL (bytea) so it is backed up, isolated by row-level security and
 * deleted together with its facility's data. `ownerType` + `ownerId` say what it belongs to;
 * `purpose` is e.g. the evidence checklist key ('quotes', 'invoice').
 */
@Entity('attachments')
@Audited({ entity: 'attachment', exclude: ['data'] })
@Index('attachments_owner', ['facilityId', 'ownerType', 'ownerId'])
@Check('attachments_size_limit', `"size_bytes" >= 0 AND "size_bytes" <= ${MAX_ATTACHMENT_BYTES}`)
export class Attachment {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  @Column({ name: 'owner_type', type: 'varchar', length: 32 })
  ownerType!: string;

  @Column({ name: 'owner_id', type: 'uuid' })
  ownerId!: string;

  @Column({ type: 'varchar', length: 64 })
  purpose!: string;

  @Column({ type: 'varchar', length: 255 })
  filename!: string;

  @Column({ name: 'content_type', type: 'varchar', length: 127 })
  contentType!: string;

  @Column({ name: 'size_bytes', type: 'integer' })
  sizeBytes!: number;

  /** Hex SHA-256 of the content, to detect duplicates and prove integrity. */
  @Column({ type: 'char', length: 64 })
  sha256!: string;

  // Not selected by default: lists and metadata never drag the bytes along.
  @Column({ type: 'bytea', select: false })
  data!: Buffer;

  @Column({ name: 'uploaded_by', type: 'uuid', nullable: true })
  uploadedBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
