import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Audited } from '@tamago/audit';
import { bigintTransformer } from '@tamago/database';
import { BankStatementImport } from './bank-statement-import.entity';

/** 'applied': turned into a payment; 'unmatched': waits for a person; 'reversed': the bank took it back (取消/訂正). */
export type BankCreditStatus = 'applied' | 'unmatched' | 'reversed';
export const BANK_CREDIT_STATUSES: readonly BankCreditStatus[] = ['applied', 'unmatched', 'reversed'];

/** One incoming transfer read from a bank statement. */
@Entity('bank_credits')
@Audited({ entity: 'bank_credit' })
@Index('bank_credits_dedupe', ['facilityId', 'dedupeKey'], { unique: true })
@Index('bank_credits_status', ['facilityId', 'status', 'bookedOn'])
@Check('bank_credits_amount', `"amount" > 0 AND "bank_fee" >= 0`)
export class BankCredit {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  @Column({ name: 'import_id', type: 'uuid' })
  importId!: string;

  @ManyToOne(() => BankStatementImport, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'import_id' })
  import?: BankStatementImport;

  /** Natural key: account + 照会番号 for Zengin files, reference or line content for CSV. */
  @Column({ name: 'dedupe_key', type: 'varchar', length: 200 })
  dedupeKey!: string;

  @Column({ type: 'integer' })
  line!: number;

  @Column({ name: 'booked_on', type: 'date' })
  bookedOn!: string;

  @Column({ type: 'bigint', transformer: bigintTransformer })
  amount!: number;

  @Column({ name: 'sender_name', type: 'varchar', length: 100 })
  senderName!: string;

  @Column({ type: 'varchar', length: 100, nullable: true })
  reference!: string | null;

  @Column({ type: 'varchar', length: 12 })
  status!: BankCreditStatus;

  /** Why it was not applied automatically (matchCredit's reasons). */
  @Column({ name: 'unmatched_reasons', type: 'text', array: true, default: '{}' })
  unmatchedReasons!: string[];

  /** Tenants the name pointed at, for the person who matches it. */
  @Column({ name: 'candidate_tenant_ids', type: 'uuid', array: true, default: '{}' })
  candidateTenantIds!: string[];

  @Column({ name: 'tenant_id', type: 'uuid', nullable: true })
  tenantId!: string | null;

  @Column({ name: 'payment_id', type: 'uuid', nullable: true })
  paymentId!: string | null;

  /** Shortfall accepted as the bank fee the payer deducted. */
  @Column({ name: 'bank_fee', type: 'integer', default: 0 })
  bankFee!: number;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
