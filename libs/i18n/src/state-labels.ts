import type { Locale } from './translator';

/**
 * Japanese names of the states of the domain's state machines (the nouns as `defineStateMachine`
 * names them), the same words the web app shows. English messages keep the API's own values
 * ('draft', 'no_show'), which are what an English client sends.
 */
export const JA_STATE_NAMES: Readonly<Record<string, { noun: string; states: Record<string, string> }>> = {
  lease: {
    noun: '契約',
    states: { draft: '下書き', active: '有効', ended: '終了', terminated: '中途解約', cancelled: '取消' },
  },
  session: {
    noun: '相談',
    states: { booked: '予約済み', completed: '実施済み', cancelled: 'キャンセル', no_show: '欠席' },
  },
  'subsidy case': {
    noun: '補助金案件',
    states: {
      planning: '準備中',
      applied: '申請済み',
      adopted: '採択',
      grant_applied: '交付申請済み',
      grant_decided: '交付決定',
      in_progress: '事業実施中',
      reported: '実績報告済み',
      amount_fixed: '額の確定',
      claimed: '精算払請求済み',
      paid: '入金済み',
      not_adopted: '不採択',
      withdrawn: '辞退',
      cancelled: '取消',
    },
  },
  referral: {
    noun: '紹介',
    states: {
      proposed: '提案',
      sent: '紹介済み',
      accepted: '受入',
      in_progress: '対応中',
      closed: '完了',
      declined: '辞退（先方）',
      cancelled: '取りやめ',
    },
  },
  tenant: {
    noun: '入居企業',
    states: {
      applicant: '申込',
      screening: '審査中',
      approved: '承認済み',
      active: '入居中',
      graduated: '卒業',
      withdrawn: '退去',
      rejected: '不採択',
    },
  },
};

/** Japanese names of the tenant kinds and of the fields the kind rules name, as the web app shows them. */
const JA_TENANT_KINDS: Readonly<Record<string, string>> = {
  corporation: '法人',
  sole_proprietor: '個人事業主',
  individual: '個人',
  support_client: '支援先',
};
const JA_KIND_FIELDS: Readonly<Record<string, string>> = { corporateNumber: '法人番号', tradeName: '屋号' };

/** The reasons whose params name a tenant kind (`kind`) and one of its fields (`field`). */
const KIND_REASONS = new Set(['tenants.fieldRequiredForKind', 'tenants.fieldNotForKind']);

function localiseKindParams(params: Record<string, unknown>): Record<string, unknown> {
  const kind = JA_TENANT_KINDS[String(params.kind)];
  const field = JA_KIND_FIELDS[String(params.field)];
  return { ...params, ...(kind ? { kind } : {}), ...(field ? { field } : {}) };
}

/** The reasons whose params name a state machine (`noun`) and its states (`from`, `to`, `allowed`). */
const TRANSITION_REASONS = new Set(['core.illegalTransition', 'core.transitionFromFinal']);

/**
 * A transition error's params in the reader's words: in Japanese the noun and the states by their
 * Japanese names (`allowed` joined with 「、」); other reasons and other languages as they are.
 */
export function localiseStateParams(
  locale: Locale,
  reason: unknown,
  params: Record<string, unknown>,
): Record<string, unknown> {
  if (locale === 'ja' && typeof reason === 'string' && KIND_REASONS.has(reason)) return localiseKindParams(params);
  if (locale !== 'ja' || typeof reason !== 'string' || !TRANSITION_REASONS.has(reason)) return params;
  const machine = JA_STATE_NAMES[String(params.noun)];
  if (!machine) return params;
  const label = (s: unknown) => machine.states[String(s)] ?? String(s);
  const allowed =
    typeof params.allowed === 'string'
      ? params.allowed
          .split(',')
          .map((s) => label(s.trim()))
          .join('、')
      : params.allowed;
  return { ...params, noun: machine.noun, from: label(params.from), to: label(params.to), allowed };
}
