import type { TaxCategory, TaxSummaryEntry } from './domain';

/** Lifecycle of an invoice. Drafts exist only inside a billing run's preview. */
export type InvoiceStatus = 'draft' | 'issued' | 'partially_paid' | 'paid' | 'void';
export const INVOICE_STATUSES: readonly InvoiceStatus[] = ['draft', 'issued', 'partially_paid', 'paid', 'void'];

/** An invoice (適格請求書) or a credit note (適格返還請求書) correcting one. */
export type InvoiceKind = 'invoice' | 'credit_note';

/** Where an invoice line came from. */
export type InvoiceLineSource = 'rent' | 'common_area_fee' | 'utility' | 'charge' | 'credit' | 'reissue';

/**
 * What a charge is, for the journal: each kind posts to its own account (see the account map).
 * deposit = 保証金 (a liability, 不課税), reimbursement = 立替金, utility = 水道光熱費.
 */
export type ChargeKind =
  | 'rent'
  | 'common_area_fee'
  | 'utility'
  | 'deposit'
  | 'reimbursement'
  | 'restoration'
  | 'deposit_amortization'
  | 'other';
export const CHARGE_KINDS: readonly ChargeKind[] = [
  'rent',
  'common_area_fee',
  'utility',
  'deposit',
  'reimbursement',
  'restoration',
  'deposit_amortization',
  'other',
];

/** Bank account printed on invoices (振込先). */
export interface BankAccountInfo {
  bankName: string;
  bankCode?: string;
  branchName: string;
  branchCode?: string;
  accountType: 'ordinary' | 'current' | 'savings';
  accountNumber: string;
  accountHolder: string;
}

/** One line as frozen in the snapshot (amounts in integer yen; quantity a decimal string). */
export interface SnapshotLine {
  description: string;
  quantity: string;
  unit: string | null;
  unitPrice: number;
  amount: number;
  taxCategory: TaxCategory;
  reducedRate: boolean;
  /** True when the amount is tax-included (内税). */
  taxIncluded?: boolean;
}

/**
 * Everything the PDF needs, frozen when the invoice is issued: rendering reads nothing else,
 * so the document is the same every time even after settings or names change.
 */
export interface InvoiceSnapshot {
  version: 1;
  kind: InvoiceKind;
  number: string;
  issueDate: string;
  dueDate: string | null;
  period: string;
  periodFrom: string;
  periodTo: string;
  /**
   * Document title: 適格請求書 / 適格返還請求書 from a registered issuer, 請求書 / 返還請求書 otherwise.
   * Absent on snapshots taken before the issuing guard (all were titled as qualified).
   */
  title?: string;
  /** False when the issuer is not a registered qualified-invoice issuer. */
  qualified?: boolean;
  issuer: {
    name: string;
    registrationNumber: string | null;
    address?: string | null;
    phone?: string | null;
    /** Base64 PNG of the seal (角印), when the facility has one. */
    sealPng?: string | null;
  };
  /** 御中 for organisations, 様 for people. */
  recipient: { name: string; honorific?: '御中' | '様' };
  lines: SnapshotLine[];
  taxSummary: TaxSummaryEntry[];
  subtotal: number;
  tax: number;
  total: number;
  bankAccount: BankAccountInfo | null;
  /** Credit notes: the invoice corrected, its number and date (the original's transaction date). */
  original: { number: string; issueDate: string } | null;
  reason: string | null;
  /** A reissue: the void invoice it replaces. */
  replaces?: { number: string; issueDate: string } | null;
}

/** An issued invoice with money still owed, as libs/payments allocates against it. */
export interface OpenInvoiceView {
  id: string;
  tenantId: string;
  number: string;
  period: string;
  issueDate: string;
  dueDate: string;
  status: InvoiceStatus;
  total: number;
  amountPaid: number;
  /** Sum of credit notes issued against this invoice (positive yen). */
  amountCredited: number;
  /** total − amountPaid − amountCredited, > 0. */
  openAmount: number;
}
