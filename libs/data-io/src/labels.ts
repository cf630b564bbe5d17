import type { LeaseStatus } from '@tamago/leasing';
import type { SpaceStatus } from '@tamago/spaces';
import type { ContactRole, TenantKind, TenantStatus } from '@tamago/tenants';

/** Japanese labels used in exports and accepted (with the English codes) by imports. */
export const KIND_LABELS: Record<TenantKind, string> = {
  corporation: '法人',
  sole_proprietor: '個人事業主',
  individual: '個人会員',
  support_client: '支援先',
};

export const TENANT_STATUS_LABELS: Record<TenantStatus, string> = {
  applicant: '申込',
  screening: '審査中',
  approved: '承認',
  active: '入居中',
  graduated: '卒業',
  withdrawn: '退去',
  rejected: '不承認',
};

export const CONTACT_ROLE_LABELS: Record<ContactRole, string> = {
  representative: '代表者',
  primary: '主担当',
  billing: '経理',
  technical: '技術',
  other: 'その他',
};

export const SPACE_STATUS_LABELS: Record<SpaceStatus, string> = {
  vacant: '空室',
  occupied: '入居中',
  reserved: '予約済',
  out_of_service: '利用停止',
};

export const LEASE_STATUS_LABELS: Record<LeaseStatus, string> = {
  draft: '下書き',
  active: '契約中',
  ended: '終了',
  terminated: '中途解約',
  cancelled: '取消',
};

/** The code for a cell written as a code or as its Japanese label; undefined when it is neither. */
export function codeOf<T extends string>(
  labels: Record<T, string>,
  cell: string,
  allowed?: readonly T[],
): T | undefined {
  const text = cell.trim();
  const match = (Object.keys(labels) as T[]).find((code) => code === text || labels[code] === text);
  return match && (!allowed || allowed.includes(match)) ? match : undefined;
}

/** Describes the accepted values of a coded column, e.g. "法人 (corporation), 個人事業主 (sole_proprietor)". */
export function choices<T extends string>(labels: Record<T, string>, allowed?: readonly T[]): string {
  return (allowed ?? (Object.keys(labels) as T[])).map((c) => `${labels[c]} (${c})`).join(', ');
}
