export * from './refund-plan';
export * from './request-hash';
export * from './bank-file';
export * from './journal';
export * from './journal-csv';
export * from './bank-account';
// Bank files, payment allocation, matching and aging: payments' own rules (once in libs/billing).
export { type AccountType, type RecordSeparator, type ZenginDateEra } from './zengin-record';
export {
  type DirectDebitFileOptions,
  type DirectDebitHeaderInput,
  type DirectDebitItemInput,
  type DirectDebitNewCode,
  DIRECT_DEBIT_RECORD_LENGTH,
  buildDirectDebitFile,
} from './zengin-direct-debit';
export {
  type DirectDebitResult,
  type DirectDebitResultCode,
  type DirectDebitResultHeader,
  type DirectDebitResultLabel,
  type DirectDebitResultLine,
  type DirectDebitResultTrailer,
  DIRECT_DEBIT_RESULT_LABELS,
  parseDirectDebitResult,
} from './zengin-direct-debit-result';
export {
  type DepositAccount,
  type DepositCredit,
  type DepositDetail,
  type DepositDetailOptions,
  type DepositFileKind,
  DEPOSIT_DETAIL_RECORD_LENGTH,
  parseDepositDetail,
} from './zengin-deposit-detail';
export { type CsvReader, type CsvRow, readCsv } from './csv';
export { type StatementCredit, parseStatementCsv } from './statement-csv';
export {
  type Allocation,
  type AllocationResult,
  type OpenInvoice,
  allocatePayment,
  sortOldestFirst,
} from './allocation';
export {
  type IncomingCredit,
  type MatchCandidate,
  type MatchOptions,
  type MatchResult,
  type MatchTarget,
  type UnmatchedReason,
  matchCredit,
} from './matching';
export {
  type AgingBucket,
  type AgingInvoice,
  type AgingReport,
  AGING_BUCKETS,
  agingBucket,
  agingReport,
  daysPastDue,
  dunningLevel,
} from './aging';
