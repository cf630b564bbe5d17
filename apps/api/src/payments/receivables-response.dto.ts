// Response shapes of the receivables endpoints. The @nestjs/swagger plugin reads these classes'
// TypeScript types (apps/api/scripts/openapi-metadata.mjs); the controllers' return types make the
// compiler check that what they answer fits.

export class PayerAliasViewDto {
  id!: string;
  tenantId!: string;
  alias!: string;
  matchKey!: string;
}

export class PayerAliasPageDto {
  items!: PayerAliasViewDto[];
  total!: number;
}

/** A tenant named beside its id. */
export class NamedTenantDto {
  id!: string;
  name!: string;
}

export class BankCreditDto {
  id!: string;
  importId!: string;
  line!: number;
  bookedOn!: string;
  amount!: number;
  senderName!: string;
  reference!: string | null;
  /** matched | unmatched | ignored … */
  status!: string;
  unmatchedReasons!: string[];
  candidateTenantIds!: string[];
  /** The candidates with their names (same order as candidateTenantIds). */
  candidateTenants!: NamedTenantDto[];
  tenantId!: string | null;
  /** The matched tenant's name, null while unmatched. */
  tenantName!: string | null;
  paymentId!: string | null;
  bankFee!: number;
}

export class BankCreditPageDto {
  items!: BankCreditDto[];
  total!: number;
}

export class BankReversalDto {
  id!: string;
  importId!: string;
  line!: number;
  bookedOn!: string;
  amount!: number;
  senderName!: string;
  reference!: string;
  status!: string;
  unmatchedReason!: string | null;
  candidateCreditIds!: string[];
  bankCreditId!: string | null;
  refundId!: string | null;
}

export class BankReversalPageDto {
  items!: BankReversalDto[];
  total!: number;
}

export class BankImportDto {
  id!: string;
  /** zengin | csv */
  format!: string;
  /** True when these exact bytes were imported before: nothing was done again. */
  duplicate!: boolean;
  creditCount!: number;
  duplicateCount!: number;
  appliedCount!: number;
  reversals!: number;
  credits!: BankCreditDto[];
  reversalRecords!: BankReversalDto[];
}

/** The accounts the journal export posts to (the facility's account map). */
export class JournalAccountsViewDto {
  receivable!: string;
  rent!: string;
  commonAreaFee!: string;
  utility!: string;
  deposit!: string;
  reimbursement!: string;
  restoration!: string;
  depositAmortization!: string;
  otherIncome!: string;
  bank!: string;
  cash!: string;
  taxReceived!: string;
  bankFee!: string;
  salesDiscount!: string;
  advanceReceived!: string;
}

export class DebitSettingsViewDto {
  consignorCode!: string | null;
  consignorName!: string | null;
  bankCode!: string | null;
  bankName!: string | null;
  branchCode!: string | null;
  branchName!: string | null;
  accountType!: 'ordinary' | 'current' | null;
  accountNumber!: string | null;
  dunningDays!: number[];
  bankFeeTolerance!: number;
  journalAccounts!: JournalAccountsViewDto;
  /** service_period: advance billing to 前受金, revenue in its month; issue_date: revenue on issue. */
  revenueRecognition!: 'service_period' | 'issue_date';
  /** A deducted transfer fee as 支払手数料 (bank_fee) or 売上値引 (sales_discount). */
  transferFeeTreatment!: 'bank_fee' | 'sales_discount';
}

export class DebitMandateDto {
  id!: string;
  tenantId!: string;
  bankCode!: string;
  bankName!: string | null;
  branchCode!: string;
  branchName!: string | null;
  accountType!: string;
  accountNumber!: string;
  holderName!: string;
  customerNumber!: string;
  status!: string;
  firstDebitSent!: boolean;
  /** The account changed after a debit was sent: the next request carries 新規コード 2 once. */
  accountChanged!: boolean;
}

export class DebitMandatePageDto {
  items!: DebitMandateDto[];
  total!: number;
}

export class DebitBatchDto {
  id!: string;
  debitDate!: string;
  status!: string;
  fileName!: string;
  itemCount!: number;
  totalAmount!: number;
  resultImportedAt!: string | null;
}

export class DebitBatchPageDto {
  items!: DebitBatchDto[];
  total!: number;
}

export class DebitBatchItemDto {
  id!: string;
  tenantId!: string;
  mandateId!: string;
  customerNumber!: string;
  amount!: number;
  invoiceIds!: string[];
  resultCode!: string | null;
  resultLabel!: string | null;
  paymentId!: string | null;
}

export class DebitBatchDetailDto extends DebitBatchDto {
  items!: DebitBatchItemDto[];
}

export class StatementLineDto {
  date!: string;
  /** invoice | credit_note | void | payment | refund | bank_fee */
  kind!: string;
  documentId!: string;
  reference!: string;
  debit!: number;
  credit!: number;
  balance!: number;
}

export class TenantStatementDto {
  tenantId!: string;
  tenantName!: string;
  from!: string | null;
  to!: string | null;
  openingBalance!: number;
  lines!: StatementLineDto[];
  /** Owed minus credit held: negative when the tenant is in credit. */
  closingBalance!: number;
  creditBalance!: number;
}

export class AgingDto {
  current!: number;
  d1_30!: number;
  d31_60!: number;
  d61_90!: number;
  over_90!: number;
  total!: number;
}

export class ArrearsInvoiceDto {
  invoiceId!: string;
  number!: string;
  dueDate!: string;
  openAmount!: number;
  daysPastDue!: number;
  /** current | d1_30 | d31_60 | d61_90 | over_90 */
  bucket!: string;
  dunningLevel!: number;
}

export class DebitFailureDto {
  debitDate!: string;
  resultCode!: string;
  reason!: string;
}

export class TenantArrearsDto {
  tenantId!: string;
  tenantName!: string;
  balance!: number;
  aging!: AgingDto;
  /** Highest reminder level due over the tenant's invoices (0 = none). */
  dunningLevel!: number;
  invoices!: ArrearsInvoiceDto[];
  lastDebitFailure!: DebitFailureDto | null;
}

export class ArrearsReportDto {
  asOf!: string;
  thresholds!: number[];
  totals!: AgingDto;
  tenants!: TenantArrearsDto[];
}

export class CreditAllocationDto {
  invoiceId!: string;
  amount!: number;
}

export class AppliedCreditDto {
  applied!: number;
  creditBalance!: number;
  allocations!: CreditAllocationDto[];
}
