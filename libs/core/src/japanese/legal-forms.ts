/**
 * Legal-form words (法人格) and the abbreviations banks print in Zengin sender and payee
 * names, e.g. 株式会社 → "ｶ)" before the name, "(ｶ" after it, "(ｶ)" in the middle
 * (全銀協 法人略語). No maintained package carries this table, so it is written by hand.
 * Words are written in ordinary katakana; the matcher folds them like any other input.
 */
export interface LegalForm {
  /** Full words, kanji and kana readings, stripped at the start or the end of a name. */
  words: readonly string[];
  /** Bank abbreviations, used only in the bracketed forms "X)", "(X" and "(X)". */
  abbreviations: readonly string[];
}

export const LEGAL_FORMS: readonly LegalForm[] = [
  { words: ['株式会社', 'カブシキガイシャ', 'カブシキカイシャ'], abbreviations: ['カ'] },
  { words: ['有限会社', 'ユウゲンガイシャ', 'ユウゲンカイシャ'], abbreviations: ['ユ'] },
  { words: ['合同会社', 'ゴウドウガイシャ', 'ゴウドウカイシャ'], abbreviations: ['ド'] },
  { words: ['合資会社', 'ゴウシガイシャ', 'ゴウシカイシャ'], abbreviations: ['シ'] },
  { words: ['合名会社', 'ゴウメイガイシャ', 'ゴウメイカイシャ'], abbreviations: ['メ'] },
  { words: ['相互会社', 'ソウゴガイシャ', 'ソウゴカイシャ'], abbreviations: ['ソ'] },
  {
    words: [
      '一般社団法人',
      '公益社団法人',
      '社団法人',
      'イッパンシャダンホウジン',
      'コウエキシャダンホウジン',
      'シャダンホウジン',
    ],
    abbreviations: ['シヤ'],
  },
  {
    words: [
      '一般財団法人',
      '公益財団法人',
      '財団法人',
      'イッパンザイダンホウジン',
      'コウエキザイダンホウジン',
      'ザイダンホウジン',
    ],
    abbreviations: ['ザイ'],
  },
  {
    words: ['特定非営利活動法人', 'NPO法人', 'トクテイヒエイリカツドウホウジン', 'エヌピーオーホウジン'],
    abbreviations: ['トクヒ'],
  },
  {
    words: [
      '医療法人社団',
      '医療法人財団',
      '医療法人',
      'イリョウホウジンシャダン',
      'イリョウホウジンザイダン',
      'イリョウホウジン',
    ],
    abbreviations: ['イ'],
  },
  { words: ['学校法人', 'ガッコウホウジン'], abbreviations: ['ガク'] },
  { words: ['社会福祉法人', 'シャカイフクシホウジン'], abbreviations: ['フク'] },
  { words: ['宗教法人', 'シュウキョウホウジン'], abbreviations: ['シユウ'] },
  { words: ['地方独立行政法人', 'チホウドクリツギョウセイホウジン'], abbreviations: ['チドク'] },
  { words: ['独立行政法人', 'ドクリツギョウセイホウジン'], abbreviations: ['ドク'] },
  {
    words: ['国立大学法人', '公立大学法人', 'コクリツダイガクホウジン', 'コウリツダイガクホウジン'],
    abbreviations: ['ダイ'],
  },
  { words: ['弁護士法人', 'ベンゴシホウジン'], abbreviations: ['ベン'] },
  { words: ['税理士法人', 'ゼイリシホウジン'], abbreviations: ['ゼイ'] },
  { words: ['司法書士法人', 'シホウショシホウジン'], abbreviations: ['シホウ'] },
  { words: ['行政書士法人', 'ギョウセイショシホウジン'], abbreviations: ['ギヨ'] },
  { words: ['社会保険労務士法人', 'シャカイホケンロウムシホウジン'], abbreviations: ['ロウム'] },
  { words: ['監査法人', 'カンサホウジン'], abbreviations: ['カンサ'] },
  { words: ['農事組合法人', 'ノウジクミアイホウジン'], abbreviations: ['ノウ'] },
  { words: ['更生保護法人', 'コウセイホゴホウジン'], abbreviations: ['ホゴ'] },
];

/** Kanji abbreviations in brackets, as in （株） or ㈱ after NFKC: stripped wherever they stand. */
export const BRACKETED_KANJI_ABBREVIATIONS: readonly string[] = [
  '株',
  '有',
  '同',
  '資',
  '名',
  '医',
  '財',
  '社',
  '学',
  '福',
];
