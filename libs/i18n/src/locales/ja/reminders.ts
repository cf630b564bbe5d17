/** 「reminders」のエラー理由（`reminders.*`）の日本語のメッセージ。`{{…}}` はエラーのパラメータ。 */
export const reminders = {
  dunningHasNoLeadTimes: '督促は督促の段階に従うため、事前通知の時期はありません。',
  kindHasNoLeadTimes: '「{{kind}}」には通知時期がありません。',
  leadTimesInvalid: 'この種類の通知時期は、1〜60か月の整数で指定してください。',
  reminderKindNotFound: 'リマインダーの種類（{{id}}）が見つかりません。',
} as const;
