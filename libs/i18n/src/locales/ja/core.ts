/** 「core」のエラー理由（`core.*`）の日本語のメッセージ。`{{…}}` はエラーのパラメータ。 */
export const core = {
  changedMeanwhile: 'この間に他の操作で変更または削除されました。画面を更新してからもう一度お試しください。',
  corporateNumberBaseLength: '法人番号の基礎番号はちょうど12桁の数字にしてください。',
  corporateNumberCheckDigit:
    '法人番号 {{digits}} のチェックディジットが正しくありません（先頭の数字は {{expected}} のはずです）。',
  corporateNumberLength: '法人番号は13桁です。「{{input}}」は13桁ではありません。',
  corporateNumberNotText: '法人番号は13桁の数字の文字列で指定してください。',
  csvBidiControl: 'この行に文字の向きを変える制御文字（U+202E など）が含まれています。',
  csvColumnMissing: '必須の列「{{header}}」がありません。',
  csvColumnTwice: '列「{{header}}」（{{field}}）が2回あります。',
  csvColumnUnknown: '「{{header}}」という列は取り込めません。見出しを確認してください。',
  csvControlCharacter: 'この行に制御文字（NULなど）が含まれています。',
  csvEmpty: 'ファイルが空です。見出し行が必要です。',
  csvNotBoolean: '「{{field}}」は「はい」か「いいえ」（true / false）で入力してください（入力値：「{{text}}」）。',
  csvNotValid: 'ファイルが正しいCSVではありません（{{problem}}）。',
  csvNotWholeNumber: '「{{field}}」は{{min}}〜{{max}}の整数で入力してください（入力値：「{{text}}」）。',
  csvRowProblems:
    'ファイルの{{lines}}行に問題があるため、何も登録していません。一覧の行をすべて修正して、もう一度アップロードしてください。',
  csvTooLarge: 'CSVファイルは{{maxMb}}MBまでです。',
  csvTooManyRows: '1つのファイルに含められるのは{{maxRows}}行までです。',
  dateFormat: '「{{field}}」は YYYY-MM-DD 形式の日付で入力してください。',
  dateNotReal: '「{{field}}」は実在しない日付です：{{value}}',
  datesEmpty: '日付を1つ以上指定してください。',
  dateYearOutOfRange: '「{{field}}」は{{minYear}}年から{{maxYear}}年までの日付にしてください：{{value}}',
  illegalTransition:
    '状態を「{{from}}」から「{{to}}」に変更することはできません（対象：{{noun}}）。次に変更できる状態：{{allowed}}',
  instantFormat: '「{{field}}」は時差付きの日時（例：2027-04-01T09:00:00+09:00）で入力してください。',
  notBoolean: '「{{field}}」は true か false で指定してください。',
  notList: '「{{field}}」は一覧（配列）で指定してください。',
  notOneOf: '「{{field}}」は次のいずれかにしてください：{{list}}',
  notString: '「{{field}}」は文字列で入力してください。',
  notWholeNumber: '「{{field}}」は{{min}}〜{{max}}の整数で入力してください。',
  notZenginCharacters:
    '「{{bad}}」は銀行の口座名義（全銀）に使えません。カタカナ、A〜Z、0〜9、( ) - . , / を使ってください。',
  nowInvalid: '現在時刻（now）が正しい日時ではありません。',
  registrationNumberInvalid:
    '登録番号は「T」に続けて正しい13桁の番号を入力してください。「{{input}}」は正しくありません。',
  required: '「{{field}}」を入力してください。',
  timeZoneUnknown: 'タイムゾーンは Asia/Tokyo のような IANA のタイムゾーン名で指定してください：{{timeZone}}',
  tooLong: '「{{field}}」は{{maxLength}}文字以内で入力してください。',
  transitionFromFinal:
    '状態を「{{from}}」から「{{to}}」に変更することはできません（対象：{{noun}}）。「{{from}}」は最終の状態です。',
} as const;
