import { Check, Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn } from 'typeorm';
import { Audited } from '@tamago/audit';
import { bigintTransformer } from '@tamago/database';
import { BankStatementImport } from './bank-statement-import.entity';

/** 'applied': the linked credit is reversed; 'unmatched': no single credit could be linked, a person decides. */
export type BankReversalStatus = 'applied' | 'unmatched';
export const BANK_REVERSAL_STATUSES: readonly BankReversalStatus[] = ['applied', 'unmatched'];

/**
 * Why a reversal was not applied: no credit or several fit it, the credit's amount differs, the
 * credit was already reversed, its payment was partly refunded by hand, or a bank fee was accepted on it.
 */
export type BankReversalReason =
  'no_credit' | 'ambiguous' | 'amount_mismatch' | 'already_reversed' | 'payment_refunded' | 'bank_fee_accepted';

/** A bank record taking back an earlier credit (Zengin 01 取消, 03 訂正). */
@Entity('bank_reversals')
@Audited({ entity: 'bank_reversal' })
@Index('bank_reversals_dedupe', ['facilityId', 'dedupeKey'], { unique: true })
@Index('bank_reversals_status', ['facilityId', 'status', 'bookedOn'])
// A credit is reversed at most once, whichever file the reversal came in.
@Index('bank_reversals_credit', ['facilityId', 'bankCreditId'], { unique: true, where: '"bank_credit_id" IS NOT NULL' })
@Check('bank_reversals_amount', `"amount" > 0`)
@Check(
  'bank_reversals_link',
  `("status" = 'applied' AND "bank_credit_id" IS NOT NULL) OR ("status" = 'unmatched' AND "bank_credit_id" IS NULL)`,
)
export class BankReversal {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  @Column({ name: 'import_id', type: 'uuid' })
  importId!: string;

  @ManyToOne(() => BankStatementImport, { onDelete: 'RESTRICT' })
  @JoinColumn({ name: 'import_id' })
  import?: BankStatementImport;

  /** Natural key of the reversal record: kind + account + 勘定日 + 照会番号. */
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

  /** 照会番号 of the reversal record. */
  @Column({ type: 'varchar', length: 100 })
  reference!: string;

  @Column({ type: 'varchar', length: 12 })
  status!: BankReversalStatus;

  @Column({ name: 'unmatched_reason', type: 'varchar', length: 20, nullable: true })
  unmatchedReason!: BankReversalReason | null;

  /** Credits that fit an unmatched reversal (several when ambiguous), for the person who decides. */
  @Column({ name: 'candidate_credit_ids', type: 'uuid', array: true, default: '{}' })
  candidateCreditIds!: string[];

  /** The credit taken back; set exactly when applied. */
  @Column({ name: 'bank_credit_id', type: 'uuid', nullable: true })
  bankCreditId!: string | null;

  /** The refund that reversed the credit's payment (null when the credit was never applied). */
  @Column({ name: 'refund_id', type: 'uuid', nullable: true })
  refundId!: string | null;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;
}
