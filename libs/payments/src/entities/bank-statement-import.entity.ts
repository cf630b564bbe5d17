import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';
import { Audited } from '@tamago/audit';

export type BankFileFormat = 'zengin' | 'csv';

/** One uploaded bank statement; the same bytes uploaded again answer this record. */
@Entity('bank_statement_imports')
@Audited({ entity: 'bank_statement_import' })
@Index('bank_statement_imports_hash', ['facilityId', 'fileHash'], { unique: true })
export class BankStatementImport {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  @Column({ type: 'varchar', length: 8 })
  format!: BankFileFormat;

  /** SHA-256 of the file's bytes. */
  @Column({ name: 'file_hash', type: 'char', length: 64 })
  fileHash!: string;

  @Column({ name: 'credit_count', type: 'integer' })
  creditCount!: number;

  /** Credits in the file already imported earlier (same inquiry number or line): skipped. */
  @Column({ name: 'duplicate_count', type: 'integer' })
  duplicateCount!: number;

  @Column({ name: 'applied_count', type: 'integer' })
  appliedCount!: number;

  @Column({ name: 'created_by', type: 'uuid', nullable: true })
  createdBy!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
