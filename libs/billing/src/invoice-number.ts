import { DomainError } from '@tamago/core';
import { BillingError } from './errors';

const TOKEN = /\{(YYYY|YY|MM|SEQ(?::(\d{1,2}))?)\}/g;
const LITERAL = /^[A-Za-z0-9\-_/.#]*$/;

/**
 * Validates an invoice number format. Tokens: {YYYY} {YY} {MM} of the issue date, and {SEQ} or
 * {SEQ:n} (the facility's gap-free sequence, zero-padded to n digits, 1–10). {SEQ} must appear
 * exactly once, so numbers stay unique whatever the date tokens; literals are ASCII letters,
 * digits and - _ / . # only. Example: 'INV-{YYYY}{MM}-{SEQ:5}' → 'INV-202704-00042'.
 */
export function parseInvoiceNumberFormat(format: unknown, field = 'invoiceNumberFormat'): string {
  if (typeof format !== 'string' || format.length === 0 || format.length > 60) {
    throw DomainError.invalid(
      BillingError.NumberFormatLength,
      field,
      `${field} must be a text of 1 to 60 characters.`,
      { field },
    );
  }
  const seqs = [...format.matchAll(TOKEN)].filter((m) => m[1].startsWith('SEQ'));
  if (seqs.length !== 1)
    throw DomainError.invalid(
      BillingError.NumberFormatSeq,
      field,
      `${field} must contain {SEQ} or {SEQ:n} exactly once.`,
      { field },
    );
  const width = seqs[0][2] === undefined ? 1 : Number(seqs[0][2]);
  if (width < 1 || width > 10)
    throw DomainError.invalid(BillingError.NumberFormatSeqWidth, field, `${field}: {SEQ:n} takes n from 1 to 10.`, {
      field,
    });
  if (!LITERAL.test(format.replace(TOKEN, ''))) {
    throw DomainError.invalid(
      BillingError.NumberFormatCharacters,
      field,
      `${field} may contain only letters, digits, - _ / . # and the tokens.`,
      { field },
    );
  }
  return format;
}

/** The invoice number for sequence `seq` issued on `issueDate` ('YYYY-MM-DD') under `format`. */
export function formatInvoiceNumber(format: string, seq: number, issueDate: string): string {
  const [yyyy, mm] = [issueDate.slice(0, 4), issueDate.slice(5, 7)];
  return format.replace(TOKEN, (_m, token: string, width?: string) => {
    if (token === 'YYYY') return yyyy;
    if (token === 'YY') return yyyy.slice(2);
    if (token === 'MM') return mm;
    return String(seq).padStart(width === undefined ? 1 : Number(width), '0');
  });
}
