import { Column, Entity, ForeignKey, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { Audited } from '@tamago/audit';

/** Journal account names (勘定科目) used by the accounting export. */
export interface JournalAccounts {
  receivable: string;
  rent: string;
  commonAreaFee: string;
  utility: string;
  /** 保証金 received: a liability. */
  deposit: string;
  /** Amounts paid on a tenant's behalf, billed back (立替金). */
  reimbursement: string;
  /** 原状回復 charged at exit. */
  restoration: string;
  /** The part of a deposit kept by contract (保証金償却). */
  depositAmortization: string;
  otherIncome: string;
  bank: string;
  cash: string;
  taxReceived: string;
  bankFee: string;
  salesDiscount: string;
  advanceReceived: string;
}

/**
 * A facility's receivables settings, one row per facility (defaults when absent): the direct-debit
 * consignor (委託者) and collecting account, dunning thresholds, the bank-fee tolerance for
 * transfer matching and the journal account names.
 */
@Entity('debit_settings')
@Audited({ entity: 'debit_settings' })
export class DebitSettings {
  @ForeignKey('Facility', { onDelete: 'CASCADE' })
  @PrimaryColumn({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  @Column({ name: 'consignor_code', type: 'varchar', length: 10, nullable: true })
  consignorCode!: string | null;

  /** Half-width kana as written in the file. */
  @Column({ name: 'consignor_name', type: 'varchar', length: 40, nullable: true })
  consignorName!: string | null;

  @Column({ name: 'bank_code', type: 'char', length: 4, nullable: true })
  bankCode!: string | null;

  @Column({ name: 'bank_name', type: 'varchar', length: 15, nullable: true })
  bankName!: string | null;

  @Column({ name: 'branch_code', type: 'char', length: 3, nullable: true })
  branchCode!: string | null;

  @Column({ name: 'branch_name', type: 'varchar', length: 15, nullable: true })
  branchName!: string | null;

  @Column({ name: 'account_type', type: 'varchar', length: 8, nullable: true })
  accountType!: 'ordinary' | 'current' | null;

  @Column({ name: 'account_number', type: 'varchar', length: 7, nullable: true })
  accountNumber!: string | null;

  /** Days past due at which dunning levels 1, 2, 3 fall due. */
  @Column({ name: 'dunning_days', type: 'integer', array: true, default: '{7,21,45}' })
  dunningDays!: number[];

  /** Largest shortfall of a transfer accepted automatically as the payer's bank fee (0 = never). */
  @Column({ name: 'bank_fee_tolerance', type: 'integer', default: 0 })
  bankFeeTolerance!: number;

  /** Overrides of the journal account names; missing keys use the defaults. */
  @Column({ name: 'journal_accounts', type: 'jsonb', default: {} })
  journalAccounts!: Partial<JournalAccounts>;

  /** service_period: advance billing goes to 前受金 and becomes revenue in its month; issue_date: booked on issue. */
  @Column({ name: 'revenue_recognition', type: 'varchar', length: 16, default: 'service_period' })
  revenueRecognition!: 'service_period' | 'issue_date';

  /** How a transfer fee the payer deducted is booked: 支払手数料 (bank_fee) or 売上値引 (sales_discount). */
  @Column({ name: 'transfer_fee_treatment', type: 'varchar', length: 16, default: 'bank_fee' })
  transferFeeTreatment!: 'bank_fee' | 'sales_discount';

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
