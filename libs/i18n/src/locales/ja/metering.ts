/** 「metering」のエラー理由（`metering.*`）の日本語のメッセージ。`{{…}}` はエラーのパラメータ。 */
export const metering = {
  apiKeyNotFound: 'APIキー（{{id}}）が見つかりません。',
  csvKindUnknown: '種別は電気、水道、ガス（electricity, water, gas）のいずれかにしてください。',
  deviceKeyInvalid: 'X-Api-Key ヘッダーに、有効で失効していない機器のキーを指定してください。',
  emissionFactorFormat: '排出係数は t-CO2/kWh 単位の小数で入力してください（例："0.000434"）。',
  emissionFactorNotPositive: '排出係数は0より大きい値にしてください。',
  emissionFactorUnit: '排出係数の単位は t-CO2/kWh です。0.01 を超える値は別の単位と思われます。',
  firstReadingReplacement: '最初の検針値には交換前のメーターがありません。',
  meterKindNotOneOf: '「{{field}}」は次のいずれかにしてください：{{allowed}}',
  meterReadingNotFound: '検針値（{{id}}）が見つかりません。',
  monthAlreadyRead: 'このメーターにはその月の検針値がすでにあります。',
  monthInvalid: '「{{field}}」は YYYY-MM 形式の年月で入力してください。',
  newMeterInitialWithoutReplacement:
    '新しいメーターの初回値（newMeterInitial）は、メーター交換（isReplacement: true）のときだけ指定できます。',
  noRows: 'ファイルに見出し行しかなく、データの行がありません。',
  oldMeterFinalWithoutReplacement:
    '交換前メーターの最終値（oldMeterFinal）は、メーター交換（isReplacement: true）のときだけ指定できます。',
  onlyLatestDeletable: '削除できるのはメーターの最新の検針値だけです。先に{{readOn}}の検針値を削除してください。',
  periodAlreadyRead:
    'このメーターには{{period}}の検針値がすでにあります（{{latestReadOn}}：{{value}}）。訂正するには、その検針値を削除してください。',
  rangeReversed: '終了月を開始月より前にすることはできません。',
  rangeTooLong: '期間は{{max}}か月以内にしてください。',
  readingBelowNewInitial: '検針値 {{value}} が新しいメーターの初回値 {{newInitial}} より小さくなっています。',
  readingBelowPrevious:
    '検針値 {{value}} が前回の {{before}} より小さくなっています。メーターを交換した場合は、交換として登録してください。',
  readingsOutOfOrder: '検針値は日付順に、1日1件までにしてください。',
  readOnNotAfterLatest: '検針日は、このメーターの最新の検針日（{{readOn}}）より後にしてください。',
  replacementNeedsOldMeterFinal: 'メーター交換には、交換前メーターの最終値（oldMeterFinal）が必要です。',
  required: '「{{field}}」を入力してください。',
  seriesMixedKinds: '1つの系列は1つのメーター（1つの種別）です。',
  spaceCodeUnknown: 'この施設に居室コード {{spaceCode}} の居室はありません。',
  spaceRequired: '居室（spaceId または spaceCode）を指定してください。',
} as const;
