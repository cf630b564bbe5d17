export * from './domain';
export { BillingModule } from './billing.module';
export { InvoicesService, type InvoiceBalance, type PeriodTotals } from './invoices.service';
export { type Invoice } from './invoice.entity';
export { type InvoiceLine } from './invoice-line.entity';
export { type InvoiceCounter } from './invoice-counter.entity';
export {
  type BillingRun,
  type BillingRunStatus,
  type BillingRunSummary,
  type BillingRunDiff,
} from './billing-run.entity';
export { type Charge } from './charge.entity';
export { type BillingSettings, DEFAULT_INVOICE_NUMBER_FORMAT, type UtilityUnitPrice } from './billing-settings.entity';
export {
  CHARGE_KINDS,
  INVOICE_STATUSES,
  type BankAccountInfo,
  type ChargeKind,
  type InvoiceKind,
  type InvoiceLineSource,
  type InvoiceSnapshot,
  type InvoiceStatus,
  type OpenInvoiceView,
  type SnapshotLine,
} from './invoice-types';
export { statusFromBalance } from './invoice-balance';
export { BillingJobsModule } from './billing-jobs.module';
export {
  BillingSettingsService,
  assertCanIssue,
  facilityFiscalYearStart,
  issuingProblemsOf,
  type BillingSettingsPatch,
  type BillingSettingsView,
} from './billing-settings.service';
export { ChargeService, type ChargeListQuery, type NewCharge } from './charge.service';
export { BillingRunService, type StartRunInput } from './billing-run.service';
export { BillingRunPreviewService } from './billing-run-preview.service';
export { BillingRunIssueService } from './billing-run-issue.service';
export { InvoiceQueryService, INVOICE_SORTS, type InvoiceListQuery } from './invoice-query.service';
export { InvoiceExportService, INVOICE_EXPORT_HEADERS, type InvoiceExportRange } from './invoice-export.service';
export {
  InvoiceCorrectionService,
  lineKind,
  type CorrectionLineInput,
  type CreditNoteInput,
} from './invoice-correction.service';
export { InvoicePdfService } from './invoice-pdf.service';
export { INVOICE_FONT_PATH, renderInvoicePdf } from './invoice-pdf';
export { formatInvoiceNumber, parseInvoiceNumberFormat } from './invoice-number';
export { leaseLines, meteredAmount, type DraftLine, type LeaseTerms } from './draft-lines';
export { UTILITY_USAGE_SOURCE, type UtilityUsage, type UtilityUsageSource } from './utility-usage';
export { InvoiceIssuer, type IssueOptions } from './invoice-issuer.service';
export {
  DepositSettlementService,
  type DepositDeduction,
  type DepositSettlementInput,
  type DepositSettlementResult,
} from './deposit-settlement.service';
export { MonthlyBillingSchedule, scheduledPeriod } from './billing-schedule';
