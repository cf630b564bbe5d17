/**
 * Japanese and English labels for the codes the timeline shows. Japanese is the product's first
 * language (`title`); English goes to `titleEn`. An unknown code is shown as it is.
 */
export interface Label {
  ja: string;
  en: string;
}

const TENANT_STATUS: Record<string, Label> = {
  applicant: { ja: '入居申込', en: 'applicant' },
  screening: { ja: '審査中', en: 'screening' },
  approved: { ja: '承認', en: 'approved' },
  active: { ja: '入居中', en: 'active' },
  graduated: { ja: '卒業', en: 'graduated' },
  withdrawn: { ja: '辞退・退去', en: 'withdrawn' },
  rejected: { ja: '不承認', en: 'rejected' },
};

const LEASE_STATUS: Record<string, Label> = {
  draft: { ja: '下書き', en: 'draft' },
  active: { ja: '契約中', en: 'active' },
  ended: { ja: '満了', en: 'ended' },
  terminated: { ja: '中途解約', en: 'terminated' },
  cancelled: { ja: '取消', en: 'cancelled' },
};

const REFERRAL_STATUS: Record<string, Label> = {
  proposed: { ja: '提案', en: 'proposed' },
  sent: { ja: '送付', en: 'sent' },
  accepted: { ja: '受入', en: 'accepted' },
  in_progress: { ja: '対応中', en: 'in progress' },
  closed: { ja: '完了', en: 'closed' },
  declined: { ja: '辞退', en: 'declined' },
  cancelled: { ja: '取消', en: 'cancelled' },
};

const REFERRAL_OUTCOME: Record<string, Label> = {
  resolved: { ja: '解決', en: 'resolved' },
  partly_resolved: { ja: '一部解決', en: 'partly resolved' },
  not_resolved: { ja: '未解決', en: 'not resolved' },
  referred_on: { ja: '他機関へ紹介', en: 'referred on' },
};

const REGISTRATION_STATUS: Record<string, Label> = {
  confirmed: { ja: '確定', en: 'confirmed' },
  waitlisted: { ja: 'キャンセル待ち', en: 'waitlisted' },
  cancelled: { ja: '取消', en: 'cancelled' },
};

const PAYMENT_METHOD: Record<string, Label> = {
  bank_transfer: { ja: '銀行振込', en: 'bank transfer' },
  direct_debit: { ja: '口座振替', en: 'direct debit' },
  cash: { ja: '現金', en: 'cash' },
  card: { ja: 'カード', en: 'card' },
};

// Zengin 振替結果コード reasons, as the bank states them.
const DEBIT_REASON: Record<string, Label> = {
  insufficient_funds: { ja: '資金不足', en: 'insufficient funds' },
  no_account: { ja: '取引なし', en: 'no such account' },
  stopped_by_payer: { ja: '預金者の都合による振替停止', en: 'stopped by the payer' },
  no_mandate: { ja: '依頼書なし', en: 'no mandate' },
  stopped_by_consignor: { ja: '委託者の都合による振替停止', en: 'stopped by the consignor' },
  other: { ja: 'その他', en: 'other' },
};

function lookup(table: Record<string, Label>, code: unknown): Label {
  const key = String(code);
  return table[key] ?? { ja: key, en: key };
}

export const tenantStatus = (code: unknown): Label => lookup(TENANT_STATUS, code);
export const leaseStatus = (code: unknown): Label => lookup(LEASE_STATUS, code);
export const referralStatus = (code: unknown): Label => lookup(REFERRAL_STATUS, code);
export const referralOutcome = (code: unknown): Label => lookup(REFERRAL_OUTCOME, code);
export const registrationStatus = (code: unknown): Label => lookup(REGISTRATION_STATUS, code);
export const paymentMethod = (code: unknown): Label => lookup(PAYMENT_METHOD, code);
export const debitReason = (code: unknown): Label => lookup(DEBIT_REASON, code);
