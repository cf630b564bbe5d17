import type {
  BankCredit,
  BankImportResult,
  BankReversal,
  DebitBatch,
  DebitBatchDetail,
  DebitBatchItem,
  DebitMandate,
  DebitSettings,
  TenantPayerAlias,
} from '@tamago/payments';
import { journalAccountsOf } from '@tamago/payments';

/** JSON shapes of the receivables resources (facility ids and file bytes left out). */
export const views = {
  alias: (a: TenantPayerAlias) => ({ id: a.id, tenantId: a.tenantId, alias: a.alias, matchKey: a.matchKey }),

  /** A credit with its tenant's and its candidates' names from `names` (looked up for the whole page at once). */
  credit: (c: BankCredit, names: ReadonlyMap<string, string> = new Map()) => ({
    id: c.id,
    importId: c.importId,
    line: c.line,
    bookedOn: c.bookedOn,
    amount: c.amount,
    senderName: c.senderName,
    reference: c.reference,
    status: c.status,
    unmatchedReasons: c.unmatchedReasons,
    candidateTenantIds: c.candidateTenantIds,
    candidateTenants: c.candidateTenantIds.map((id) => ({ id, name: names.get(id) ?? '' })),
    tenantId: c.tenantId,
    tenantName: c.tenantId ? (names.get(c.tenantId) ?? '') : null,
    paymentId: c.paymentId,
    bankFee: c.bankFee,
  }),

  reversal: (r: BankReversal) => ({
    id: r.id,
    importId: r.importId,
    line: r.line,
    bookedOn: r.bookedOn,
    amount: r.amount,
    senderName: r.senderName,
    reference: r.reference,
    status: r.status,
    unmatchedReason: r.unmatchedReason,
    candidateCreditIds: r.candidateCreditIds,
    bankCreditId: r.bankCreditId,
    refundId: r.refundId,
  }),

  import: (r: BankImportResult, names: ReadonlyMap<string, string> = new Map()) => ({
    id: r.import.id,
    format: r.import.format,
    duplicate: r.duplicate,
    creditCount: r.import.creditCount,
    duplicateCount: r.import.duplicateCount,
    appliedCount: r.import.appliedCount,
    reversals: r.reversals,
    credits: r.credits.map((c) => views.credit(c, names)),
    reversalRecords: r.reversalRecords.map(views.reversal),
  }),

  settings: (s: DebitSettings) => ({
    consignorCode: s.consignorCode,
    consignorName: s.consignorName,
    bankCode: s.bankCode,
    bankName: s.bankName,
    branchCode: s.branchCode,
    branchName: s.branchName,
    accountType: s.accountType,
    accountNumber: s.accountNumber,
    dunningDays: s.dunningDays,
    bankFeeTolerance: s.bankFeeTolerance,
    journalAccounts: journalAccountsOf(s),
    revenueRecognition: s.revenueRecognition,
    transferFeeTreatment: s.transferFeeTreatment,
  }),

  mandate: (m: DebitMandate) => ({
    id: m.id,
    tenantId: m.tenantId,
    bankCode: m.bankCode,
    bankName: m.bankName,
    branchCode: m.branchCode,
    branchName: m.branchName,
    accountType: m.accountType,
    accountNumber: m.accountNumber,
    holderName: m.holderName,
    customerNumber: m.customerNumber,
    status: m.status,
    firstDebitSent: m.firstDebitSent,
    accountChanged: m.accountChanged,
  }),

  batch: (b: DebitBatch) => ({
    id: b.id,
    debitDate: b.debitDate,
    status: b.status,
    fileName: b.fileName,
    itemCount: b.itemCount,
    totalAmount: b.totalAmount,
    resultImportedAt: b.resultImportedAt?.toISOString() ?? null,
  }),

  batchItem: (i: DebitBatchItem) => ({
    id: i.id,
    tenantId: i.tenantId,
    mandateId: i.mandateId,
    customerNumber: i.customerNumber,
    amount: i.amount,
    invoiceIds: i.invoiceIds,
    resultCode: i.resultCode,
    resultLabel: i.resultLabel,
    paymentId: i.paymentId,
  }),

  batchDetail: (d: DebitBatchDetail) => ({ ...views.batch(d.batch), items: d.items.map(views.batchItem) }),
};
