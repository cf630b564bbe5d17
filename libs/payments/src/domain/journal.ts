import type { ChargeKind, TaxCategory, TaxSummaryEntry } from '@tamago/billing';
import type { JournalAccounts } from '../entities/debit-settings.entity';

/** Tax treatment of one side of an entry. */
export type JournalTaxCategory =
  'sales_10' | 'sales_8_reduced' | 'sales_exempt' | 'sales_return_10' | 'purchase_10' | 'none';

/** One journal entry: a debit and a credit of the same amount. */
export interface JournalEntry {
  date: string;
  documentNumber: string;
  debitAccount: string;
  creditAccount: string;
  amount: number;
  /** Tax category and tax of the side that carries tax (revenue or fee); 'none' otherwise. */
  taxCategory: JournalTaxCategory;
  taxAmount: number;
  /** Which side taxCategory belongs to. */
  taxSide: 'debit' | 'credit';
  counterparty: string;
  memo: string;
  /** Entries of one slip (伝票) share a key: an issue, a 前受金 release, a void. */
  slip: string;
}

/** When revenue is booked: in its service month (advance billing via 前受金) or on the issue date. */
export type RevenueRecognition = 'service_period' | 'issue_date';
/** How a transfer fee the payer deducted is booked. */
export type TransferFeeTreatment = 'bank_fee' | 'sales_discount';

export interface JournalDocument {
  kind: 'invoice' | 'credit_note';
  number: string;
  issueDate: string;
  period: string;
  counterparty: string;
  /** Date the document was voided (any month; the void is posted on that date as its own slip). */
  voidedOn: string | null;
  lines: {
    kind: ChargeKind;
    taxCategory: TaxCategory;
    amount: number;
    taxIncluded?: boolean;
    /** 'YYYY-MM' the line's service belongs to; the document's period when null. */
    serviceMonth: string | null;
  }[];
  taxSummary: TaxSummaryEntry[];
}

export interface JournalMoney {
  date: string;
  paymentId: string;
  /** 'payment' rows bring money in, 'refund' rows give it back, 'credit_use' moves held credit. */
  event: 'payment' | 'refund' | 'credit_use';
  kind: 'invoice' | 'bank_fee' | 'credit';
  method: string;
  amount: number;
  counterparty: string;
}

/** 'exclusive': revenue net of tax plus a 仮受消費税 entry per rate; 'inclusive': gross revenue with its tax. */
export type TaxPresentation = 'exclusive' | 'inclusive';

const CATEGORY: Record<TaxCategory, JournalTaxCategory> = {
  standard: 'sales_10',
  reduced: 'sales_8_reduced',
  exempt: 'sales_exempt',
  out_of_scope: 'none',
};

const METHOD_LABEL: Record<string, string> = {
  bank_transfer: '振込',
  direct_debit: '口座振替',
  cash: '現金',
  card: 'カード',
};

/** The account a line of `kind` posts to. Deposits are a liability (預り保証金), never income. */
export function accountFor(kind: ChargeKind, a: JournalAccounts): string {
  const map: Record<ChargeKind, string> = {
    rent: a.rent,
    common_area_fee: a.commonAreaFee,
    utility: a.utility,
    deposit: a.deposit,
    reimbursement: a.reimbursement,
    restoration: a.restoration,
    deposit_amortization: a.depositAmortization,
    other: a.otherIncome,
  };
  return map[kind];
}

/** Kinds that are not revenue: never deferred to a service month. */
const BALANCE_SHEET_KINDS: readonly ChargeKind[] = ['deposit', 'reimbursement'];

interface Group {
  account: string;
  category: TaxCategory;
  /** Service month the revenue is deferred to (前受金), or null when booked at issue. */
  deferTo: string | null;
  weight: bigint;
  net: number;
  gross: number;
  tax: number;
}

/**
 * Every journal entry an invoice or credit note produces, on every date: the issue slip (Dr 売掛金,
 * Cr each line's account by kind, tax per rate), a release slip on the 1st of each later service
 * month for what was billed in advance (Dr 前受金 / Cr revenue), and — when voided — a reversal slip
 * on the void date of what stood that day. Credit notes are the mirror image. The caller keeps the
 * entries dated inside the month it exports.
 */
export function documentEntries(
  doc: JournalDocument,
  accounts: JournalAccounts,
  mode: TaxPresentation,
  recognition: RevenueRecognition = 'service_period',
): JournalEntry[] {
  const groups = groupsOf(doc, accounts, recognition);
  const label = doc.kind === 'invoice' ? '請求' : '返還';
  const base = { documentNumber: doc.number, counterparty: doc.counterparty };
  const memo = (what: string, month: string) => `${what} ${doc.number} ${jaMonth(month)}分`;
  const recognized = (gs: Group[], debit: string, date: string, m: string, slip: string) =>
    revenueEntries(gs, debit, accounts, mode).map((e) => ({ ...base, ...e, date, memo: m, slip }));
  const deferred = (gs: Group[], date: string, m: string, slip: string): JournalEntry[] =>
    gs.map((g) => ({
      ...base,
      date,
      debitAccount: accounts.receivable,
      creditAccount: accounts.advanceReceived,
      amount: g.gross,
      taxCategory: 'none',
      taxAmount: 0,
      taxSide: 'credit',
      memo: m,
      slip,
    }));
  const now = groups.filter((g) => !g.deferTo);
  const later = groups.filter((g) => g.deferTo);
  const entries: JournalEntry[] = [
    ...recognized(now, accounts.receivable, doc.issueDate, memo(label, doc.period), `${doc.number}:issue`),
    ...deferred(later, doc.issueDate, memo(`${label}（前受）`, doc.period), `${doc.number}:issue`),
  ];
  const months = [...new Set(later.map((g) => g.deferTo!))].sort();
  for (const month of months) {
    const on = `${month}-01`;
    if (doc.voidedOn && doc.voidedOn < on) continue; // voided before its month: never becomes revenue
    entries.push(
      ...recognized(
        later.filter((g) => g.deferTo === month),
        accounts.advanceReceived,
        on,
        memo('前受金振替', month),
        `${doc.number}:release:${month}`,
      ),
    );
  }
  if (doc.voidedOn) {
    const v = doc.voidedOn;
    const released = later.filter((g) => `${g.deferTo}-01` <= v);
    const stillDeferred = later.filter((g) => `${g.deferTo}-01` > v);
    const standing = [
      ...recognized(
        [...now, ...released],
        accounts.receivable,
        v,
        memo(`取消 ${label}`, doc.period),
        `${doc.number}:void`,
      ),
      ...deferred(stillDeferred, v, memo(`取消 ${label}（前受）`, doc.period), `${doc.number}:void`),
    ];
    entries.push(...standing.map(swap));
  }
  return doc.kind === 'credit_note' ? entries.map(swap) : entries;
}

/** Revenue and tax entries for groups, debiting `debit` (売掛金 at issue, 前受金 at release). */
function revenueEntries(
  gs: Group[],
  debit: string,
  accounts: JournalAccounts,
  mode: TaxPresentation,
): Omit<JournalEntry, 'date' | 'memo' | 'slip' | 'documentNumber' | 'counterparty'>[] {
  const rows = gs.map((g) => ({
    debitAccount: debit,
    creditAccount: g.account,
    amount: mode === 'inclusive' ? g.gross : g.net,
    taxCategory: CATEGORY[g.category],
    taxAmount: mode === 'inclusive' ? g.tax : 0,
    taxSide: 'credit' as const,
  }));
  if (mode === 'inclusive') return rows.filter((r) => r.amount !== 0);
  const taxBy = new Map<TaxCategory, number>();
  for (const g of gs) if (g.tax !== 0) taxBy.set(g.category, (taxBy.get(g.category) ?? 0) + g.tax);
  for (const [category, tax] of taxBy) {
    rows.push({
      debitAccount: debit,
      creditAccount: accounts.taxReceived,
      amount: tax,
      taxCategory: CATEGORY[category],
      taxAmount: tax,
      taxSide: 'credit',
    });
  }
  return rows.filter((r) => r.amount !== 0);
}

/**
 * Lines grouped by account, tax category and the month their revenue is deferred to, each with
 * its net, tax and gross. A category's tax (rounded once on the invoice) is split over its groups
 * in proportion, so the groups add up to the invoice exactly.
 */
function groupsOf(doc: JournalDocument, accounts: JournalAccounts, recognition: RevenueRecognition): Group[] {
  const issueMonth = doc.issueDate.slice(0, 7);
  const byKey = new Map<string, Group>();
  const summary = new Map(doc.taxSummary.map((e) => [e.category, e]));
  for (const line of doc.lines) {
    const entry = summary.get(line.taxCategory);
    const month = line.serviceMonth ?? doc.period;
    const deferrable = recognition === 'service_period' && !BALANCE_SHEET_KINDS.includes(line.kind);
    const deferTo = deferrable && month > issueMonth ? month : null;
    const account = accountFor(line.kind, accounts);
    const key = `${account}\u0000${line.taxCategory}\u0000${deferTo ?? ''}`;
    const g = byKey.get(key) ?? { account, category: line.taxCategory, deferTo, weight: 0n, net: 0, gross: 0, tax: 0 };
    const amount = BigInt(Math.abs(line.amount));
    // On a tax-included category a tax-exclusive line weighs as its gross (× (100 + rate) ÷ 100).
    const rate = BigInt(entry?.rate ?? 0);
    g.weight += entry?.taxIncluded ? (line.taxIncluded ? amount * 100n : amount * (100n + rate)) : amount;
    g.net += Math.abs(line.amount);
    byKey.set(key, g);
  }
  const groups = [...byKey.values()];
  for (const e of doc.taxSummary) {
    const members = groups.filter((g) => g.category === e.category);
    const weights = members.map((g) => g.weight);
    const taxes = splitTax(Math.abs(e.tax), weights);
    if (e.taxIncluded) {
      const grosses = splitTax(Math.abs(e.grossAmount ?? e.taxableAmount + e.tax), weights);
      members.forEach((g, i) => Object.assign(g, { gross: grosses[i], tax: taxes[i], net: grosses[i] - taxes[i] }));
    } else {
      members.forEach((g, i) => Object.assign(g, { tax: taxes[i], gross: g.net + taxes[i] }));
    }
  }
  for (const g of groups) if (!summary.has(g.category)) g.gross = g.net;
  return groups;
}

/**
 * Journal entry for one ledger row: receipts, refunds, the payer's transfer fee (支払手数料 as a
 * taxable purchase, or 売上値引 as a sales return, by facility choice) and use of credit held.
 */
export function moneyEntry(
  row: JournalMoney,
  accounts: JournalAccounts,
  feeTreatment: TransferFeeTreatment = 'bank_fee',
): JournalEntry | null {
  const cash = row.method === 'cash' ? accounts.cash : accounts.bank;
  const how = METHOD_LABEL[row.method] ?? row.method;
  const base = {
    date: row.date,
    documentNumber: row.paymentId,
    amount: Math.abs(row.amount),
    taxCategory: 'none' as JournalTaxCategory,
    taxAmount: 0,
    taxSide: 'debit' as const,
    counterparty: row.counterparty,
    slip: `${row.paymentId}:${row.event}`,
  };
  const target = row.kind === 'credit' ? accounts.advanceReceived : accounts.receivable;
  if (row.kind === 'bank_fee') {
    // The fee is tax-included (税込): its tax is 10/110 of it.
    const tax = Math.floor((Math.abs(row.amount) * 10) / 110);
    const discount = feeTreatment === 'sales_discount';
    const fee = {
      ...base,
      taxCategory: (discount ? 'sales_return_10' : 'purchase_10') as JournalTaxCategory,
      taxAmount: tax,
      memo: discount ? '振込手数料 売上値引（先方負担分差引）' : '振込手数料（先方負担分差引）',
    };
    const account = discount ? accounts.salesDiscount : accounts.bankFee;
    return row.amount > 0
      ? { ...fee, debitAccount: account, creditAccount: accounts.receivable }
      : { ...fee, debitAccount: accounts.receivable, creditAccount: account, taxSide: 'credit' };
  }
  if (row.event === 'credit_use') {
    // The pair's credit row is the mirror image of its invoice row: one entry is enough.
    if (row.kind !== 'invoice') return null;
    return { ...base, debitAccount: accounts.advanceReceived, creditAccount: accounts.receivable, memo: '前受金充当' };
  }
  if (row.amount > 0) {
    const what = row.kind === 'credit' ? '入金（前受）' : '入金';
    return { ...base, debitAccount: cash, creditAccount: target, memo: `${what} ${how}` };
  }
  return { ...base, debitAccount: target, creditAccount: cash, memo: `返金 ${how}` };
}

/** One account's totals in a trial balance. */
export interface TrialBalanceRow {
  account: string;
  debit: number;
  credit: number;
}

/** Debit and credit totals per account of `entries` (合計試算表), accounts in first-seen order. */
export function trialBalance(entries: readonly JournalEntry[]): {
  rows: TrialBalanceRow[];
  debit: number;
  credit: number;
} {
  const rows = new Map<string, TrialBalanceRow>();
  const row = (account: string) => {
    const r = rows.get(account) ?? { account, debit: 0, credit: 0 };
    rows.set(account, r);
    return r;
  };
  for (const e of entries) {
    row(e.debitAccount).debit += e.amount;
    row(e.creditAccount).credit += e.amount;
  }
  const list = [...rows.values()];
  return {
    rows: list,
    debit: list.reduce((s, r) => s + r.debit, 0),
    credit: list.reduce((s, r) => s + r.credit, 0),
  };
}

/**
 * Splits an invoice's rounded tax for one rate over its revenue groups in proportion to their
 * weights, largest remainders first, so the parts add up to the invoice's tax exactly.
 */
export function splitTax(tax: number, parts: readonly (number | bigint)[]): number[] {
  const weights = parts.map((p) => BigInt(p));
  const total = weights.reduce((s, p) => s + p, 0n);
  if (weights.length === 0) return [];
  if (total === 0n) return weights.map((_, i) => (i === 0 ? tax : 0));
  const exact = weights.map((p) => BigInt(tax) * p);
  const shares = exact.map((e) => Number(e / total));
  const order = exact
    .map((e, i) => ({ i, rem: e % total }))
    .sort((a, b) => (b.rem > a.rem ? 1 : b.rem < a.rem ? -1 : a.i - b.i));
  let left = tax - shares.reduce((s, x) => s + x, 0);
  for (const { i } of order) {
    if (left === 0) break;
    shares[i] += 1;
    left -= 1;
  }
  return shares;
}

/** 「2027年1月」 for '2027-01'. */
export function jaMonth(period: string): string {
  return `${period.slice(0, 4)}年${Number(period.slice(5, 7))}月`;
}

function swap(e: JournalEntry): JournalEntry {
  return {
    ...e,
    debitAccount: e.creditAccount,
    creditAccount: e.debitAccount,
    taxSide: e.taxSide === 'debit' ? 'credit' : 'debit',
  };
}
