/** Japanese labels for the codes reports print (the product's words; see domain.md). */
export const TOPIC_LABELS: Record<string, string> = {
  subsidy: '補助金',
  funding: '資金調達',
  technology: '技術',
  intellectual_property: '知的財産',
  sales_marketing: '販路・マーケティング',
  management: '経営',
  legal: '法務',
  human_resources: '人材',
  carbon_neutrality: 'カーボンニュートラル',
  facility: '施設利用',
  other: 'その他',
};

export const SESSION_KIND_LABELS: Record<string, string> = { appointment: '予約相談', consultation: '随時相談' };

export const REFERRAL_STATUS_LABELS: Record<string, string> = {
  proposed: '提案',
  sent: '紹介済',
  accepted: '受入',
  in_progress: '対応中',
  closed: '完了',
  declined: '辞退',
  cancelled: '取消',
};

export const REFERRAL_OUTCOME_LABELS: Record<string, string> = {
  resolved: '解決',
  partly_resolved: '一部解決',
  not_resolved: '未解決',
  referred_on: '他機関へ紹介',
};

export const DIRECTION_LABELS: Record<string, string> = { outbound: '当施設から紹介', inbound: '他機関から受入' };

export const EVENT_KIND_LABELS: Record<string, string> = {
  forum: 'フォーラム',
  exchange_meeting: '交流会',
  seminar: 'セミナー',
  exhibition: '展示会',
  study_group: '研究会',
  other: 'その他',
};

export const AGING_LABELS: Record<string, string> = {
  current: '期日前',
  d1_30: '1〜30日超過',
  d31_60: '31〜60日超過',
  d61_90: '61〜90日超過',
  over_90: '90日超過',
};

export const REPORT_TITLES: Record<string, { ja: string; en: string }> = {
  'monthly-occupancy': { ja: '月次入居状況報告', en: 'Monthly occupancy report' },
  'revenue-arrears': { ja: '収入・未収金報告', en: 'Revenue and arrears report' },
  'support-activity': { ja: '支援活動報告', en: 'Support activity report' },
  'fiscal-year': { ja: '事業実績報告書', en: 'Fiscal-year report to funders' },
};
