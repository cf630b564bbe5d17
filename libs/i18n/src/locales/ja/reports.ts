/** 「reports」のエラー理由（`reports.*`）の日本語のメッセージ。`{{…}}` はエラーのパラメータ。 */
export const reports = {
  fieldNotUsed: '「{{field}}」は「{{type}}」のレポートでは使いません。',
  fieldRequired: '「{{type}}」のレポートには {{fields}} の指定が必要です。',
  fiscalYearInvalid: '年度は 2026 のように、年度が始まる年で入力してください。',
  fiscalYearNotStarted: '{{value}}年度はまだ始まっていません。',
  notOneOf: '「{{field}}」は次のいずれかにしてください：{{list}}',
  periodAndFiscalYear: '対象月（period）か年度（fiscalYear）のどちらか一方を指定してください。',
  periodInFuture: '対象月 {{value}} はまだ来ていません。',
  periodInvalid: '対象月は 2027-01 のような年月で入力してください。',
  periodTooEarly: '対象月は 2000-01 以降にしてください。',
  recipientNotEmail: '「{{recipient}}」はメールアドレスの形式ではありません。',
  reportExpired: 'レポート（{{id}}）は保存期間が過ぎています。もう一度作成を依頼してください。',
  reportNotFound: 'レポート（{{id}}）が見つかりません。',
  reportNotReady: 'レポート（{{id}}）は「{{runStatus}}」のため、ファイルはまだ用意できていません。',
  retentionDaysInvalid: '保存日数は1〜3650日の整数で指定してください。',
  scheduledFormatUnknown: '定期作成の形式（scheduledFormat）は次のいずれかを指定してください：{{allowed}}',
  tooManyRecipients: '送信先は20件までにしてください。',
} as const;
