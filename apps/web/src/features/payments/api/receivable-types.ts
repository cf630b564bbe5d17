/**
 * Shapes of the receivables endpoints whose OpenAPI responses are not declared yet (bank credits,
 * reversals, arrears). They mirror apps/api/src/payments/receivables.views.ts; the contract work
 * declares them, and then these become aliases of the generated schemas.
 */
export interface BankCredit {
  id: string;
  importId: string;
  line: number;
  bookedOn: string;
  amount: number;
  senderName: string;
  reference: string | null;
  status: 'applied' | 'unmatched' | 'reversed';
  unmatchedReasons: string[];
  candidateTenantIds: string[];
  tenantId: string | null;
  paymentId: string | null;
  bankFee: number;
}

export interface BankReversal {
  id: string;
  importId: string;
  line: number;
  bookedOn: string;
  amount: number;
  senderName: string;
  reference: string | null;
  status: 'applied' | 'unmatched';
  unmatchedReason: string | null;
  candidateCreditIds: string[];
  bankCreditId: string | null;
  refundId: string | null;
}

export interface BankImportResult {
  id: string;
  format: 'zengin' | 'csv';
  duplicate: boolean;
  creditCount: number;
  duplicateCount: number;
  appliedCount: number;
  credits: BankCredit[];
  reversalRecords: BankReversal[];
}

export const AGING_BUCKETS = ['current', 'd1_30', 'd31_60', 'd61_90', 'over_90'] as const;
export type AgingBucket = (typeof AGING_BUCKETS)[number];
export type Aging = Record<AgingBucket, number> & { total: number };

export interface TenantArrears {
  tenantId: string;
  tenantName: string;
  balance: number;
  aging: Aging;
  dunningLevel: 0 | 1 | 2 | 3;
  invoices: { invoiceId: string; number: string; dueDate: string; openAmount: number; daysPastDue: number }[];
}

export interface ArrearsReport {
  asOf: string;
  thresholds: number[];
  totals: Aging;
  tenants: TenantArrears[];
}

export interface Page<T> {
  items: T[];
  total: number;
}
