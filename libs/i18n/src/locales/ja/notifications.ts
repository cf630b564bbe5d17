/** 「notifications」のエラー理由（`notifications.*`）の日本語のメッセージ。`{{…}}` はエラーのパラメータ。 */
export const notifications = {
  kindUnknown: '不明なお知らせの種類です：{{kind}}',
  mailMandatory: '「{{kind}}」のメールは停止できません（請求書や法定の通知のため）。',
  mailSuppressionNotFound: 'メールの配信停止（{{id}}）が見つかりません。',
  notificationNotFound: 'お知らせ（{{id}}）が見つかりません。',
} as const;
