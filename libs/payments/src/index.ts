export * from './domain';
export {
  type Payment,
  PAYMENT_METHODS,
  type PaymentKind,
  type PaymentMethod,
  type PaymentSource,
} from './entities/payment.entity';
export {
  type PaymentAllocation,
  type AllocationEvent,
  type AllocationKind,
} from './entities/payment-allocation.entity';
export { type PaymentIdempotencyKey } from './entities/payment-idempotency-key.entity';
export { type TenantPayerAlias } from './entities/tenant-payer-alias.entity';
export { type BankStatementImport, type BankFileFormat } from './entities/bank-statement-import.entity';
export { type BankCredit, BANK_CREDIT_STATUSES, type BankCreditStatus } from './entities/bank-credit.entity';
export {
  type BankReversal,
  BANK_REVERSAL_STATUSES,
  type BankReversalReason,
  type BankReversalStatus,
} from './entities/bank-reversal.entity';
export { type DebitSettings, type JournalAccounts } from './entities/debit-settings.entity';
export {
  type DebitMandate,
  MANDATE_STATUSES,
  type MandateAccountType,
  type MandateStatus,
} from './entities/debit-mandate.entity';
export { type DebitBatch, type DebitBatchStatus } from './entities/debit-batch.entity';
export { type DebitBatchItem } from './entities/debit-batch-item.entity';
export * from './payment-input';
export { PaymentLedger, MAX_PAYMENT_YEN, type LedgerPayment } from './payment-ledger.service';
export { PaymentService, type PaymentDetail, type PaymentTotals } from './payment.service';
export { PaymentHistoryService, type DebitFailure } from './payment-history.service';
export {
  StatementService,
  type StatementLine,
  type StatementLineKind,
  type TenantStatement,
} from './statement.service';
export { PayerAliasService } from './payer-alias.service';
export { BankReconciliationService, type BankImportResult, type ManualMatch } from './bank-reconciliation.service';
export { BankReversalService, CORRECTION_WINDOW_DAYS } from './bank-reversal.service';
export {
  DebitSettingsService,
  DEFAULT_DUNNING_DAYS,
  DEFAULT_JOURNAL_ACCOUNTS,
  journalAccountsOf,
  type DebitSettingsPatch,
} from './debit-settings.service';
export { DebitMandateService, type MandatePatch, type NewMandate } from './debit-mandate.service';
export { DebitBatchService, type DebitBatchDetail } from './debit-batch.service';
export { ArrearsService, type ArrearsInvoice, type ArrearsReport, type TenantArrears } from './arrears.service';
export { JournalService, type JournalFormat } from './journal.service';
export { PaymentsModule } from './payments.module';
export { PaymentsJobsModule } from './payments-jobs.module';
