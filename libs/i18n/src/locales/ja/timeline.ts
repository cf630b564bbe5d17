/** 「timeline」のエラー理由（`timeline.*`）の日本語のメッセージ。`{{…}}` はエラーのパラメータ。 */
export const timeline = {
  kindsUnknown: '不明な種類です：{{unknown}}。指定できる種類：{{known}}',
} as const;
