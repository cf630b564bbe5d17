import { DomainError, normalizeKanaForMatching } from '@tamago/core';
import { type OpenInvoice, sortOldestFirst, validateInvoices } from './allocation';
import { requireYen, sumYen, type Yen } from '@tamago/billing';
import { PaymentsError } from '../errors';

/** A money transfer to match (from a Zengin file or a CSV statement). */
export interface IncomingCredit {
  amount: Yen;
  senderName: string;
}

/** A tenant that may have sent it, with the names its payments come under. */
export interface MatchCandidate {
  tenantId: string;
  kanaName: string;
  /** Other payer names seen for this tenant (a representative's own name, an old trade name). */
  aliases?: readonly string[];
  openInvoices: readonly OpenInvoice[];
}

export interface MatchOptions {
  /** Largest shortfall accepted as a transfer fee the payer deducted (e.g. 880). Default 0. */
  bankFeeTolerance?: Yen;
}

/** 'invoice': one open invoice's amount; 'balance': everything the tenant owes. */
export type MatchTarget = 'invoice' | 'balance';
export type UnmatchedReason =
  'empty_sender_name' | 'no_name_match' | 'ambiguous_name' | 'no_open_invoices' | 'amount_mismatch';

export type MatchResult =
  | { status: 'exact'; tenantId: string; target: MatchTarget; invoiceIds: string[]; shortBy: 0 }
  | { status: 'short_by_fee'; tenantId: string; target: MatchTarget; invoiceIds: string[]; shortBy: Yen }
  | { status: 'unmatched'; reasons: UnmatchedReason[]; tenantIds: string[] };

/**
 * Decides whether a credit can be applied automatically. The sender must fold to exactly one
 * tenant's name (never auto-applied when two tenants share a folded name); then the amount must
 * equal one open invoice (the oldest such) or the whole open balance — 'exact' — or fall short
 * of one of them by at most bankFeeTolerance — 'short_by_fee'. Everything else is 'unmatched'.
 */
export function matchCredit(
  credit: IncomingCredit,
  candidates: readonly MatchCandidate[],
  options: MatchOptions = {},
): MatchResult {
  const amount = requireYen(credit?.amount, 'credit.amount', { min: 1 });
  if (typeof credit.senderName !== 'string')
    throw DomainError.invalid(PaymentsError.SenderNameNotString, 'credit.senderName', 'senderName must be a string.');
  const tolerance = requireYen(options.bankFeeTolerance ?? 0, 'bankFeeTolerance', { min: 0 });
  if (!Array.isArray(candidates))
    throw DomainError.invalid(PaymentsError.CandidatesNotList, 'candidates', 'candidates must be a list of tenants.');
  const key = normalizeKanaForMatching(credit.senderName);
  if (key === '') return unmatched('empty_sender_name', []);
  const named = candidates.flatMap((c, i) =>
    namesOf(c, i).some((n) => normalizeKanaForMatching(n) === key) ? [i] : [],
  );
  if (named.length === 0) return unmatched('no_name_match', []);
  if (named.length > 1)
    return unmatched(
      'ambiguous_name',
      named.map((i) => candidates[i].tenantId),
    );
  return matchAmount(candidates[named[0]], `candidates[${named[0]}].openInvoices`, amount, tolerance);
}

function matchAmount(tenant: MatchCandidate, field: string, amount: Yen, tolerance: Yen): MatchResult {
  const { tenantId } = tenant;
  const open = sortOldestFirst(validateInvoices(tenant.openInvoices, field)).filter((i) => i.openAmount > 0);
  if (open.length === 0) return unmatched('no_open_invoices', [tenantId]);
  const balance = sumYen(
    open.map((i) => i.openAmount),
    'openAmount',
  );
  const targets: { target: MatchTarget; owed: Yen; invoiceIds: string[] }[] = [
    ...open.map((i) => ({ target: 'invoice' as const, owed: i.openAmount, invoiceIds: [i.id] })),
    { target: 'balance', owed: balance, invoiceIds: open.map((i) => i.id) },
  ];
  // Targets are in preference order (oldest invoice first, balance last), so find() breaks ties.
  const exact = targets.find((t) => t.owed === amount);
  if (exact) return { status: 'exact', tenantId, target: exact.target, invoiceIds: exact.invoiceIds, shortBy: 0 };
  const short = targets
    .filter((t) => t.owed > amount && t.owed - amount <= tolerance)
    .reduce<(typeof targets)[number] | undefined>(
      (best, t) => (best && best.owed - amount <= t.owed - amount ? best : t),
      undefined,
    );
  if (short)
    return {
      status: 'short_by_fee',
      tenantId,
      target: short.target,
      invoiceIds: short.invoiceIds,
      shortBy: short.owed - amount,
    };
  return unmatched('amount_mismatch', [tenantId]);
}

function namesOf(candidate: MatchCandidate, i: number): string[] {
  if (typeof candidate?.tenantId !== 'string' || typeof candidate.kanaName !== 'string') {
    throw DomainError.invalid(
      PaymentsError.CandidateIncomplete,
      `candidates[${i}]`,
      'A candidate needs a tenantId and a kanaName.',
    );
  }
  return [candidate.kanaName, ...(candidate.aliases ?? [])].filter((n) => normalizeKanaForMatching(n) !== '');
}

function unmatched(reason: UnmatchedReason, tenantIds: string[]): MatchResult {
  return { status: 'unmatched', reasons: [reason], tenantIds };
}
