/** 「api」のエラー理由（`api.*`）の日本語のメッセージ。`{{…}}` はエラーのパラメータ。 */
export const api = {
  attachmentEmpty: 'ファイルが空です。',
  bankFileEmpty: '銀行のファイルが空です。',
  csvFileEmpty: 'CSVファイルが空です。',
  fileCount: 'ファイルは1つだけ、「file」という名前のパートで送信してください。',
  multipartUnreadable: 'multipart の本文を読み取れませんでした。{{howToSend}}',
  noFilePart: 'リクエストに「file」という名前のファイルのパートがありません。{{howToSend}}',
  noFilePartButOthers:
    'リクエストに「file」という名前のファイルのパートがありません（あるパート：{{parts}}）。{{howToSend}}',
  noRefreshToken: 'リフレッシュトークンがありません。もう一度ログインしてください。',
  notSignedIn: '先にログインしてください（アクセストークンを「Authorization: Bearer <token>」で送信してください）。',
  pageParamInvalid: '「{{field}}」は{{min}}〜{{max}}の整数で指定してください。',
  portalTenantsOnly: 'ポータルは入居者のユーザー向けです。',
  purposeRequired: '用途（purpose）を入力してください。',
  reportForbidden: 'あなたの役割では「{{type}}」のレポートを依頼できません。',
  roleForbidden: 'あなたの役割ではこの操作はできません。',
  routeClosed: 'この機能には利用できる役割が設定されていないため、利用できません。',
  sendAttachment:
    'ファイルは multipart/form-data で、用途（purpose）の項目と「file」という名前のファイルのパート1つとして送信してください。',
  sendBankFile:
    '銀行のファイルは multipart/form-data で、「file」という名前のファイルのパート1つとして送信してください。',
  sendCsvFile:
    'CSVファイルは、Content-Type: text/csv の本文として、または multipart/form-data の「file」という名前のファイルのパート1つとして送信してください。',
  unexpectedPart: '想定外のパート「{{part}}」があります。「file」という名前のファイルのパートだけを送信してください。',
  unexpectedPartWithFields:
    '想定外のパート「{{part}}」があります。「file」という名前のファイルのパートと、項目 {{fields}}（各1回）だけを送信してください。',
} as const;
