/** What issuing needs of the issuer's settings. */
export interface IssuerSettings {
  qualifiedInvoiceIssuer: boolean;
  legalName: string | null;
  registrationNumber: string | null;
  hasBankAccount: boolean;
}

/** One setting that is missing before documents may be issued. */
export interface IssuingProblem {
  field: 'legalName' | 'registrationNumber' | 'bankAccount';
  message: string;
}

const MESSAGES: Record<IssuingProblem['field'], string> = {
  legalName: '発行者の正式名称（legalName）が未設定です。適格請求書には登録名称を記載します。',
  registrationNumber:
    '登録番号（registrationNumber）が未設定です。登録していない場合は qualifiedInvoiceIssuer を false にしてください（適格請求書ではない請求書を発行します）。',
  bankAccount: '振込先口座（bankAccount）が未設定です。振込でお支払いの入居者への請求書に記載します。',
};

/**
 * What stops a facility from issuing. Only a registered issuer may issue 適格請求書 (消費税法
 * 57条の5): it needs its legal name and registration number, or it declares itself not registered
 * (qualifiedInvoiceIssuer false) and issues ordinary 請求書. Invoices (not credit notes) also need
 * the transfer account when any recipient pays by transfer.
 */
export function issuingProblems(
  s: IssuerSettings,
  opts: { kind: 'invoice' | 'credit_note'; transferPayers: boolean },
): IssuingProblem[] {
  const fields: IssuingProblem['field'][] = [];
  if (s.qualifiedInvoiceIssuer) {
    if (!s.legalName?.trim()) fields.push('legalName');
    if (!s.registrationNumber) fields.push('registrationNumber');
  }
  if (opts.kind === 'invoice' && opts.transferPayers && !s.hasBankAccount) fields.push('bankAccount');
  return fields.map((field) => ({ field, message: MESSAGES[field] }));
}

/** The document title: 適格請求書 only for a registered issuer. */
export function documentTitle(kind: 'invoice' | 'credit_note', qualified: boolean): string {
  if (kind === 'credit_note') return qualified ? '適格返還請求書' : '返還請求書';
  return qualified ? '適格請求書' : '請求書';
}
