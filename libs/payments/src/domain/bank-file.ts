import iconv from 'iconv-lite';
import { DomainError, normalizeKanaForMatching } from '@tamago/core';
import { type Yen } from '@tamago/billing';
import { parseStatementCsv } from './statement-csv';
import { parseDepositDetail, type DepositAccount } from './zengin-deposit-detail';
import type { BankFileFormat } from '../entities/bank-statement-import.entity';
import { sha256 } from './request-hash';
import { PaymentsError } from '../errors';

/** One credit read from a bank file, with the key that makes re-importing it a no-op. */
export interface ImportedCredit {
  line: number;
  date: string;
  amount: Yen;
  senderName: string;
  reference: string | null;
  dedupeKey: string;
}

/**
 * A record by which the bank takes back an earlier credit. A 01 取消 names the credit by its account
 * and 照会番号 (`inquiry`); a 03 訂正 has its own 照会番号, so it can only be linked by amount, name and date.
 */
export interface ImportedReversal {
  line: number;
  date: string;
  amount: Yen;
  senderName: string;
  reference: string;
  /** Natural key of the reversal record itself, so a re-import never reverses twice. */
  dedupeKey: string;
  /** For a 01 取消: the credit it cancels is the one with this dedupe-key prefix and 照会番号. */
  inquiry?: { accountKey: string; inquiryNumber: string };
}

export interface BankFile {
  format: BankFileFormat;
  credits: ImportedCredit[];
  /** Credits the bank took back (Zengin 取消 / 訂正). */
  reversals: ImportedReversal[];
}

/** The account part of a Zengin credit's dedupe key ("zengin:<bank>-<branch>-<account>:"). */
export function zenginAccountKey(a: DepositAccount): string {
  return `zengin:${a.bankCode}-${a.branchCode}-${a.accountNumber}:`;
}

/** A Zengin deposit file starts with header record "101" or "103" and has 200-byte records. */
export function detectBankFileFormat(file: Buffer): BankFileFormat {
  const head = file.subarray(0, 3).toString('latin1');
  return head === '101' || head === '103' ? 'zengin' : 'csv';
}

/**
 * Parses a whole bank file (Zengin 01/03 in Shift_JIS, or CSV in UTF-8 or Shift_JIS). Any defect
 * throws InvalidInput naming the line before anything is written.
 */
export function readBankFile(file: Buffer, format?: BankFileFormat, era?: 'reiwa' | 'gregorian'): BankFile {
  if (file.length === 0) throw DomainError.invalid(PaymentsError.FileEmpty, 'file', 'The file is empty.');
  const kind = format ?? detectBankFileFormat(file);
  if (kind === 'zengin') {
    const parsed = parseDepositDetail(file, { era });
    return {
      format: kind,
      reversals: parsed.reversals.map((r) => {
        const accountKey = zenginAccountKey(r.account);
        const cancel = parsed.kind === 'transfer_notice';
        return {
          line: r.line,
          date: r.date,
          amount: r.amount,
          senderName: r.senderName,
          reference: r.inquiryNumber,
          dedupeKey: `${cancel ? 'cancel' : 'correction'}:${accountKey}${r.date}:${r.inquiryNumber}`,
          ...(cancel ? { inquiry: { accountKey, inquiryNumber: r.inquiryNumber } } : {}),
        };
      }),
      credits: parsed.credits.map((c) => ({
        line: c.line,
        date: c.date,
        amount: c.amount,
        senderName: c.senderName,
        reference: c.inquiryNumber,
        dedupeKey: `${zenginAccountKey(c.account)}${c.date}:${c.inquiryNumber}`,
      })),
    };
  }
  const seen = new Map<string, number>();
  const credits = parseStatementCsv(decodeText(file)).map((c) => {
    const base = c.reference
      ? `csv:ref:${c.reference}`
      : `csv:${c.date}:${c.amount}:${sha256(normalizeKanaForMatching(c.senderName)).slice(0, 16)}`;
    // Identical lines in one file are distinct transfers: number their occurrences.
    const n = (seen.get(base) ?? 0) + 1;
    seen.set(base, n);
    return {
      line: c.line,
      date: c.date,
      amount: c.amount,
      senderName: c.senderName,
      reference: c.reference ?? null,
      dedupeKey: `${base}:${n}`,
    };
  });
  return { format: 'csv', credits, reversals: [] };
}

/** UTF-8 when the bytes are valid UTF-8, else Shift_JIS (what Japanese bank portals export). */
function decodeText(file: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(file);
  } catch {
    return iconv.decode(file, 'Shift_JIS');
  }
}
