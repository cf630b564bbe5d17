import { DomainError, ErrorCode } from '../domain-error';
import {
  isFullWidthKatakana,
  isZenginText,
  normalizeKanaForMatching,
  toFullWidthKatakana,
  toHalfWidthKana,
} from './kana';

describe('isFullWidthKatakana', () => {
  it.each(['ヤマダショウジ', 'センター', 'ヤマダ・タロウ', 'ヤマダ　タロウ', 'ヤマダ タロウ', 'ヴァイオリン', 'ヶ'])(
    'accepts %j',
    (s) => expect(isFullWidthKatakana(s)).toBe(true),
  );

  it.each(['', '　', 'ー', 'ﾔﾏﾀﾞ', 'やまだ', '山田', 'ヤマダ1', 'ヤマダ(カ', 'YAMADA'])('rejects %j', (s) => {
    expect(isFullWidthKatakana(s)).toBe(false);
  });
});

describe('toFullWidthKatakana', () => {
  it('widens half-width kana and composes voiced marks', () => {
    expect(toFullWidthKatakana('ｹﾝｼｮｳｾｲｷ')).toBe('ケンショウセイキ');
    expect(toFullWidthKatakana('ｶﾞｷﾞｸﾞﾊﾟﾋﾟｳﾞ')).toBe('ガギグパピヴ');
    expect(toFullWidthKatakana('ｾﾝﾀｰ･ﾎｰﾙ')).toBe('センター・ホール');
  });

  it('turns hiragana into katakana', () => {
    expect(toFullWidthKatakana('やまだ しょうじ')).toBe('ヤマダ ショウジ');
  });

  it('composes spacing and combining voiced marks', () => {
    expect(toFullWidthKatakana('カ゛ス')).toBe('ガス');
    expect(toFullWidthKatakana('カ\u3099ス')).toBe('ガス');
  });

  it('leaves characters outside half-width kana untouched (no blanket NFKC)', () => {
    expect(toFullWidthKatakana('ＡＢＣ①(ｶ)')).toBe('ＡＢＣ①(カ)');
  });

  it('rejects a non-string', () => {
    expect(() => toFullWidthKatakana(undefined as unknown as string)).toThrow(DomainError);
  });
});

describe('toHalfWidthKana (Zengin names)', () => {
  it('converts full-width katakana to half-width', () => {
    expect(toHalfWidthKana('ヤマダショウジ')).toBe('ﾔﾏﾀﾞｼﾖｳｼﾞ');
  });

  it('writes small kana as large kana, as banks store them', () => {
    expect(toHalfWidthKana('キャノン')).toBe('ｷﾔﾉﾝ');
    expect(toHalfWidthKana('ｷｬﾉﾝ')).toBe('ｷﾔﾉﾝ');
    expect(toHalfWidthKana('ァィゥェォッャュョヮヵヶ')).toBe('ｱｲｳｴｵﾂﾔﾕﾖﾜｶｹ');
  });

  it('splits voiced kana into base + ﾞ/ﾟ', () => {
    expect(toHalfWidthKana('ガパヴ')).toBe('ｶﾞﾊﾟｳﾞ');
  });

  it('converts hiragana, digits, letters (upper-cased) and allowed symbols', () => {
    expect(toHalfWidthKana('やまだ')).toBe('ﾔﾏﾀﾞ');
    expect(toHalfWidthKana('ａｂｃ１２３')).toBe('ABC123');
    expect(toHalfWidthKana('abc')).toBe('ABC');
    expect(toHalfWidthKana('（カ）ヤマダ　タロウ')).toBe('(ｶ)ﾔﾏﾀﾞ ﾀﾛｳ');
    expect(toHalfWidthKana('「ＡＢ」．，／')).toBe('｢AB｣.,/');
  });

  it('writes the prolonged sound mark as a hyphen and the middle dot as a period', () => {
    expect(toHalfWidthKana('センター')).toBe('ｾﾝﾀ-');
    expect(toHalfWidthKana('ヤマダ・タロウ')).toBe('ﾔﾏﾀﾞ.ﾀﾛｳ');
  });

  it.each([['山田'], ['A&B'], ['@'], ['¥'], ['~']])('rejects %j, naming the field', (s) => {
    try {
      toHalfWidthKana(s, 'holderName');
      throw new Error('expected a DomainError');
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).code).toBe(ErrorCode.InvalidInput);
      expect((e as DomainError).details.errors).toEqual([{ field: 'holderName', message: expect.any(String) }]);
    }
  });

  it('produces only Zengin characters', () => {
    expect(isZenginText(toHalfWidthKana('ケンショウセイキ（カ'))).toBe(true);
    expect(isZenginText('ｹﾝｼｮｳ')).toBe(false); // small ｮ is not allowed in a Zengin name
    expect(isZenginText('ﾔﾏﾀﾞｰ')).toBe(false); // ｰ must be written as "-"
  });
});

describe('normalizeKanaForMatching', () => {
  it('matches a bank suffix abbreviation against tenant kana', () => {
    // ｹﾝｼｮｳｾｲｷ(ｶ: width fold, small ｮ → ヨ, "(ｶ" = 株式会社 after the name is stripped
    expect(normalizeKanaForMatching('ｹﾝｼｮｳｾｲｷ(ｶ')).toBe('ケンシヨウセイキ');
    expect(normalizeKanaForMatching('ケンショウセイキ')).toBe('ケンシヨウセイキ');
  });

  it('matches a bank prefix abbreviation against a spelled-out legal form', () => {
    expect(normalizeKanaForMatching('カ)ヤマダショウジ')).toBe('ヤマダシヨウジ');
    expect(normalizeKanaForMatching('ヤマダショウジ カブシキガイシャ')).toBe('ヤマダシヨウジ');
    expect(normalizeKanaForMatching('ｶ)ﾔﾏﾀﾞｼﾖｳｼﾞ')).toBe('ヤマダシヨウジ');
  });

  it('strips a bracketed abbreviation in the middle of a name', () => {
    expect(normalizeKanaForMatching('ﾔﾏﾀﾞ(ｶ)ﾄｳｷﾖｳｼﾃﾝ')).toBe('ヤマダトウキヨウシテン');
  });

  it.each([
    ['有限会社', 'ﾕ)ｻｸﾗﾃﾞﾝｷ', 'サクラデンキ ユウゲンガイシャ'],
    ['合同会社', 'ｱﾙﾌｱ(ﾄﾞ', '合同会社アルファ'],
    ['合資会社', 'ｼ)ﾏﾙﾔﾏ', 'マルヤマ ゴウシガイシャ'],
    ['合名会社', 'ﾏﾙﾔﾏ(ﾒ', 'ゴウメイガイシャ マルヤマ'],
    ['一般社団法人', 'ｼﾔ)ﾐﾗｲｷﾖｳｶｲ', 'イッパンシャダンホウジン ミライキョウカイ'],
    ['特定非営利活動法人', 'ﾄｸﾋ)ﾐﾗｲ', 'トクテイヒエイリカツドウホウジン ミライ'],
    ['医療法人', 'ｲ)ｻｸﾗｶｲ', '医療法人社団さくらかい'],
    ['学校法人', 'ｶﾞｸ)ﾐﾄﾞﾘｶﾞｸｴﾝ', 'ガッコウホウジン ミドリガクエン'],
    ['財団法人', 'ｻﾞｲ)ｻﾝｷﾞﾖｳｼﾝｺｳ', 'コウエキザイダンホウジン サンギョウシンコウ'],
    ['株式会社 (kanji, ㈱)', 'ﾔﾏﾀﾞ(ｶ', '㈱ヤマダ'],
  ])('folds %s: %j = %j', (_form, bank, tenant) => {
    expect(normalizeKanaForMatching(bank)).toBe(normalizeKanaForMatching(tenant));
    expect(normalizeKanaForMatching(bank).length).toBeGreaterThan(0);
  });

  it('keeps voiced marks consistent whatever their encoding', () => {
    const key = normalizeKanaForMatching('ガス');
    expect(key).toBe('ガス');
    expect(normalizeKanaForMatching('ｶﾞｽ')).toBe(key);
    expect(normalizeKanaForMatching('カ゛ス')).toBe(key);
    expect(normalizeKanaForMatching('カ\u3099ス')).toBe(key);
    expect(normalizeKanaForMatching('ｳﾞｲ-ﾅｽ')).toBe(normalizeKanaForMatching('ヴィーナス'));
  });

  it('does not confuse voiced and unvoiced kana', () => {
    expect(normalizeKanaForMatching('ｶｽ')).not.toBe(normalizeKanaForMatching('ｶﾞｽ'));
  });

  it('removes spaces, punctuation and prolonged sound marks', () => {
    expect(normalizeKanaForMatching('ｾﾝﾀ- ﾎ-ﾙ')).toBe('センタホル');
    expect(normalizeKanaForMatching('センター・ホール')).toBe('センタホル');
  });

  it('folds hiragana, case and obsolete kana', () => {
    expect(normalizeKanaForMatching('やまだ abc')).toBe('ヤマダABC');
    expect(normalizeKanaForMatching('ヰヱ')).toBe('イエ');
  });

  it('does not strip a legal-form abbreviation that is not bracketed', () => {
    // カ at the start of カワイ is part of the name, not 株式会社
    expect(normalizeKanaForMatching('ｶﾜｲ')).toBe('カワイ');
    expect(normalizeKanaForMatching('ﾔﾏｶ')).toBe('ヤマカ');
  });

  it('returns an empty key for a name that is only a legal form', () => {
    expect(normalizeKanaForMatching('カブシキガイシャ')).toBe('');
  });
});
