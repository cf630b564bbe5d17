/** 「spaces」のエラー理由（`spaces.*`）の日本語のメッセージ。`{{…}}` はエラーのパラメータ。 */
export const spaces = {
  areaInvalid: '「{{field}}」は0以上、小数点以下2桁までの面積（m²）で入力してください（例：63.25）。',
  combinedWithItself: '居室を同じ居室と組み合わせることはできません。',
  roomTypeCodeTaken: 'このコードの部屋タイプはすでにあります。',
  roomTypeInUse: 'この部屋タイプを使っている居室があります。',
  roomTypeNotFound: '部屋タイプ（{{id}}）が見つかりません。',
  spaceCodeTaken: '居室コード {{code}} の居室はすでにあります。',
  spaceInUse: 'この居室は契約などの記録で使われているため、削除できません。',
  spaceNotFound: '居室（{{id}}）が見つかりません。',
  spacesUnknown: 'この施設に ID {{ids}} の居室はありません。',
  typeCodeUnknown: '「{{type}}」はこの施設の部屋タイプではありません（一覧は /api/v1/room-types を参照してください）。',
  typeIdUnknown: '部屋タイプID {{typeId}} はこの施設の部屋タイプではありません。',
  typeRequired: '部屋タイプ（type または typeId）を指定してください。',
} as const;
