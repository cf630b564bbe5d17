/** 「data-io」のエラー理由（`dataIo.*`）の日本語のメッセージ。`{{…}}` はエラーのパラメータ。 */
export const dataIo = {
  corporateNumberRepeated: '同じ法人番号が{{first}}行目にもあります。',
  corporateNumberTaken: 'この法人番号はすでに登録されています。',
  kindNotOneOf: '種別は次のいずれかを指定してください：{{allowed}}',
  noRows: 'ファイルに見出し行しかなく、データの行がありません。',
  notEmail: '「{{email}}」はメールアドレスの形式ではありません。',
  required: '「{{field}}」を入力してください。',
  roleNotOneOf: '役割は次のいずれかを指定してください：{{allowed}}',
  spaceCodeRepeated: '同じ居室コードが{{first}}行目にもあります。',
  spaceCodeTaken: 'この居室コードの居室はすでにあります。',
  statusNotOneOf: '状態は次のいずれかを指定してください：{{allowed}}',
  tooLong: '「{{field}}」は{{max}}文字以内で入力してください。',
  unknownRoomType: '「{{type}}」はこの施設の部屋タイプではありません（登録済み：{{knownTypes}}）。',
  websiteNotUrl: 'ウェブサイトは http(s):// で始まるURLで入力してください。',
} as const;
