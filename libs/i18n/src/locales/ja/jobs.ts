/** 「jobs」のエラー理由（`jobs.*`）の日本語のメッセージ。`{{…}}` はエラーのパラメータ。 */
export const jobs = {
  dailyHasNoDay: '「{{kind}}」は毎日実行されるため、日付は指定できません。',
  scheduledKindNotFound: '定期処理の種類（{{id}}）が見つかりません。',
} as const;
