export * from './domain';
export { BillingModule } from './billing.module';
export { InvoicesService, type InvoiceBalance } from './invoices.service';
export { Invoice } from './invoice.entity';
export { InvoiceLine } from './invoice-line.entity';
export { InvoiceCounter } from './invoice-counter.entity';
export { BillingRun, type BillingRunStatus, type BillingRunSummary, type BillingRunDiff } from './billing-run.entity';
export { Charge } from './charge.entity';
export {
  BillingSettings,
  DEFAULT_INVOICE_NUMBER_FORMAT,
  type DirectDebitSettings,
  type UtilityUnitPrice,
} from './billing-settings.entity';
export {
  INVOICE_STATUSES,
  type BankAccountInfo,
  type InvoiceKind,
  type InvoiceLineSource,
  type InvoiceSnapshot,
  type InvoiceStatus,
  type OpenInvoiceView,
  type SnapshotLine,
} from './invoice-types';
export { statusFromBalance } from './invoice-balance';
