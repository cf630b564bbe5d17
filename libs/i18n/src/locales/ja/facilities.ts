/** 「facilities」のエラー理由（`facilities.*`）の日本語のメッセージ。`{{…}}` はエラーのパラメータ。 */
export const facilities = {
  facilityNotFound: '施設（{{id}}）が見つかりません。',
} as const;
