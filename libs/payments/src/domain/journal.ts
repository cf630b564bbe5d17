import type { TaxCategory, TaxSummaryEntry } from '@tamago/billing';
import type { JournalAccounts } from '../entities/debit-settings.entity';

/** Tax treatment of one side of an entry. */
export type JournalTaxCategory = 'sales_10' | 'sales_8_reduced' | 'sales_exempt' | 'purchase_10' | 'none';

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
}

export interface JournalDocument {
  kind: 'invoice' | 'credit_note';
  number: string;
  issueDate: string;
  period: string;
  counterparty: string;
  /** Date the document was voided when that falls in the exported period (its entries are reversed). */
  voidedOn: string | null;
  lines: { source: string; taxCategory: TaxCategory; amount: number }[];
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

/** Journal entries for invoices and credit notes: Dr 売掛金 / Cr revenue by account and tax category. */
export function documentEntries(
  doc: JournalDocument,
  accounts: JournalAccounts,
  mode: TaxPresentation,
): JournalEntry[] {
  const groups = new Map<string, { account: string; category: TaxCategory; net: number }>();
  for (const line of doc.lines) {
    const account = revenueAccount(line.source, accounts);
    const key = keyOf({ account, category: line.taxCategory });
    const group = groups.get(key) ?? { account, category: line.taxCategory, net: 0 };
    group.net += Math.abs(line.amount);
    groups.set(key, group);
  }
  const list = [...groups.values()];
  const taxOf = new Map<string, number>();
  for (const t of doc.taxSummary) {
    const members = list.filter((g) => g.category === t.category);
    splitTax(
      Math.abs(t.tax),
      members.map((g) => g.net),
    ).forEach((tax, i) => taxOf.set(keyOf(members[i]), tax));
  }
  const memo = `${doc.kind === 'invoice' ? '請求' : '返還'} ${doc.number} ${doc.period}`;
  const entries: JournalEntry[] = list.map((g) => {
    const tax = taxOf.get(keyOf(g)) ?? 0;
    return {
      date: doc.issueDate,
      documentNumber: doc.number,
      debitAccount: accounts.receivable,
      creditAccount: g.account,
      amount: mode === 'inclusive' ? g.net + tax : g.net,
      taxCategory: CATEGORY[g.category],
      taxAmount: mode === 'inclusive' ? tax : 0,
      taxSide: 'credit' as const,
      counterparty: doc.counterparty,
      memo,
    };
  });
  if (mode === 'exclusive') {
    for (const t of doc.taxSummary.filter((s) => s.tax !== 0)) {
      entries.push({
        date: doc.issueDate,
        documentNumber: doc.number,
        debitAccount: accounts.receivable,
        creditAccount: accounts.taxReceived,
        amount: Math.abs(t.tax),
        taxCategory: CATEGORY[t.category],
        taxAmount: Math.abs(t.tax),
        taxSide: 'credit',
        counterparty: doc.counterparty,
        memo,
      });
    }
  }
  const signed = doc.kind === 'credit_note' ? entries.map(swap) : entries;
  const voided = doc.voidedOn ? signed.map((e) => ({ ...swap(e), date: doc.voidedOn!, memo: `取消 ${e.memo}` })) : [];
  return [...signed, ...voided];
}

/** Journal entries for ledger rows: receipts, refunds, bank fees and use of credit held (前受金). */
export function moneyEntry(row: JournalMoney, accounts: JournalAccounts): JournalEntry | null {
  const cash = row.method === 'cash' ? accounts.cash : accounts.bank;
  const base = {
    date: row.date,
    documentNumber: row.paymentId,
    amount: Math.abs(row.amount),
    taxCategory: 'none' as JournalTaxCategory,
    taxAmount: 0,
    taxSide: 'debit' as const,
    counterparty: row.counterparty,
  };
  const target = row.kind === 'credit' ? accounts.advanceReceived : accounts.receivable;
  if (row.kind === 'bank_fee') {
    // A transfer fee is a taxable purchase; its tax is inside the amount (税込).
    const tax = Math.floor((Math.abs(row.amount) * 10) / 110);
    const fee = { ...base, taxCategory: 'purchase_10' as const, taxAmount: tax, memo: '振込手数料 (先方負担分差引)' };
    return row.amount > 0
      ? { ...fee, debitAccount: accounts.bankFee, creditAccount: accounts.receivable }
      : { ...fee, debitAccount: accounts.receivable, creditAccount: accounts.bankFee, taxSide: 'credit' };
  }
  if (row.event === 'credit_use') {
    // The pair's credit row is the mirror image of its invoice row: one entry is enough.
    if (row.kind !== 'invoice') return null;
    return { ...base, debitAccount: accounts.advanceReceived, creditAccount: accounts.receivable, memo: '前受金充当' };
  }
  if (row.amount > 0) return { ...base, debitAccount: cash, creditAccount: target, memo: `入金 ${row.method}` };
  return { ...base, debitAccount: target, creditAccount: cash, memo: `返金 ${row.method}` };
}

/**
 * Splits an invoice's rounded tax for one rate over its revenue groups in proportion to their net
 * amounts, largest remainders first, so the parts add up to the invoice's tax exactly.
 */
export function splitTax(tax: number, parts: number[]): number[] {
  const total = parts.reduce((s, p) => s + p, 0);
  if (parts.length === 0) return [];
  if (total === 0) return parts.map((_, i) => (i === 0 ? tax : 0));
  const exact = parts.map((p) => (BigInt(tax) * BigInt(p)) as bigint);
  const shares = exact.map((e) => Number(e / BigInt(total)));
  const order = exact.map((e, i) => ({ i, rem: Number(e % BigInt(total)) })).sort((a, b) => b.rem - a.rem || a.i - b.i);
  let left = tax - shares.reduce((s, x) => s + x, 0);
  for (const { i } of order) {
    if (left === 0) break;
    shares[i] += 1;
    left -= 1;
  }
  return shares;
}

function revenueAccount(source: string, accounts: JournalAccounts): string {
  if (source === 'rent') return accounts.rent;
  if (source === 'common_area_fee') return accounts.commonAreaFee;
  return accounts.otherIncome;
}

function keyOf(g: { account: string; category: TaxCategory }): string {
  return `${g.account}\u0000${g.category}`;
}

function swap(e: JournalEntry): JournalEntry {
  return {
    ...e,
    debitAccount: e.creditAccount,
    creditAccount: e.debitAccount,
    taxSide: e.taxSide === 'debit' ? 'credit' : 'debit',
  };
}
