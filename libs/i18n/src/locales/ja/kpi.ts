/** 「kpi」のエラー理由（`kpi.*`）の日本語のメッセージ。`{{…}}` はエラーのパラメータ。 */
export const kpi = {
  closesBeforeOpens: '締切日を開始日より前にすることはできません。',
  companyNotAsked: '貴社は{{period}}の調査の対象ではありません。',
  periodInvalid:
    '「{{field}}」は四半期（例：2026-Q3）、半期（例：2026-H1）、年度（例：FY2026）または年度の四半期（例：FY2026-Q1）で入力してください。',
  submissionNotFound: 'KPIの回答が見つかりません。',
  surveyAlreadyOpen: '{{label}}の調査はすでに開始されています。',
  surveyClosed:
    '{{period}}の調査の回答期間は{{opensOn}}から{{closesOn}}までです。期間外の回答は施設に入力を依頼してください。',
  surveyClosedForDraft:
    '{{period}}の調査の回答期間は{{opensOn}}から{{closesOn}}までです。下書きは期間中だけ保存できます。',
  surveyNotFound: 'KPI調査（{{id}}）が見つかりません。',
  tenantNotAsked: 'この入居者は{{period}}の調査の対象ではありません（対象は入居中の企業と、卒業後5年以内の企業です）。',
} as const;
