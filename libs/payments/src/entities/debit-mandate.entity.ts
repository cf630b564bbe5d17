import {
  Check,
  Column,
  CreateDateColumn,
  Entity,
  ForeignKey,
  Index,
  PrimaryGeneratedColumn,
  UpdateDateColumn,
} from 'typeorm';
import { Audited } from '@tamago/audit';

export type MandateStatus = 'active' | 'suspended' | 'revoked';
export const MANDATE_STATUSES: readonly MandateStatus[] = ['active', 'suspended', 'revoked'];
export type MandateAccountType = 'ordinary' | 'current';

/** A tenant's direct-debit authorisation (口座振替依頼書): the account rent is debited from. */
@Entity('debit_mandates')
@Audited({ entity: 'debit_mandate' })
@Index('debit_mandates_customer_number', ['facilityId', 'customerNumber'], { unique: true })
@Index('debit_mandates_one_active', ['facilityId', 'tenantId'], { unique: true, where: `status = 'active'` })
@Check(
  'debit_mandates_account',
  `"bank_code" ~ '^[0-9]{4}$' AND "branch_code" ~ '^[0-9]{3}$' AND "account_number" ~ '^[0-9]{7}$' AND "customer_number" ~ '^[0-9]{1,20}$'`,
)
@Check(
  'debit_mandates_status',
  `"status" IN ('active', 'suspended', 'revoked') AND "account_type" IN ('ordinary', 'current')`,
)
export class DebitMandate {
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Column({ name: 'facility_id', type: 'uuid' })
  facilityId!: string;

  @ForeignKey('Tenant', { onDelete: 'RESTRICT' })
  @Column({ name: 'tenant_id', type: 'uuid' })
  tenantId!: string;

  @Column({ name: 'bank_code', type: 'char', length: 4 })
  bankCode!: string;

  @Column({ name: 'bank_name', type: 'varchar', length: 15, nullable: true })
  bankName!: string | null;

  @Column({ name: 'branch_code', type: 'char', length: 3 })
  branchCode!: string;

  @Column({ name: 'branch_name', type: 'varchar', length: 15, nullable: true })
  branchName!: string | null;

  @Column({ name: 'account_type', type: 'varchar', length: 8 })
  accountType!: MandateAccountType;

  @Column({ name: 'account_number', type: 'char', length: 7 })
  accountNumber!: string;

  /** 預金者名 in Zengin half-width kana, as the bank holds it. */
  @Column({ name: 'holder_name', type: 'varchar', length: 30 })
  holderName!: string;

  /** 顧客番号 written in the file and returned in the result: digits, unique per facility. */
  @Column({ name: 'customer_number', type: 'varchar', length: 20 })
  customerNumber!: string;

  @Column({ type: 'varchar', length: 12 })
  status!: MandateStatus;

  /** Set once a request file has carried this mandate (新規コード 1 before that). */
  @Column({ name: 'first_debit_sent', type: 'boolean', default: false })
  firstDebitSent!: boolean;

  /** The account changed after a debit was sent: the next request carries 新規コード 2 once. */
  @Column({ name: 'account_changed', type: 'boolean', default: false })
  accountChanged!: boolean;

  @CreateDateColumn({ name: 'created_at', type: 'timestamptz' })
  createdAt!: Date;

  @UpdateDateColumn({ name: 'updated_at', type: 'timestamptz' })
  updatedAt!: Date;
}
