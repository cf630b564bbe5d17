import { MAX_JSON_DEPTH, inputProblems } from './input-guard';

describe('inputProblems', () => {
  it('names the field and code of NUL, control characters and bidi overrides, in values and keys', () => {
    expect(
      inputProblems({ name: 'a\u0000b', contacts: [{ note: 'x\u001by' }], title: '請求\u202Eabc', ['k\u0000']: 1 }),
    ).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ field: 'name', code: 'controlCharacter' }),
        expect.objectContaining({ field: 'contacts[0].note', code: 'controlCharacter' }),
        expect.objectContaining({ field: 'title', code: 'bidiControl' }),
        expect.objectContaining({ field: 'k\u0000', code: 'controlCharacter' }),
      ]),
    );
  });

  it('refuses nesting beyond the limit without recursion, and keeps tabs, newlines and Japanese', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(inputProblems({ items: deep })).toEqual([
      expect.objectContaining({ code: 'tooDeep', params: { max: MAX_JSON_DEPTH } }),
    ]);
    expect(inputProblems({ memo: '一行目\n二行目\t株式会社タマゴ 🥚', amount: 1, ok: true, none: null })).toEqual([]);
  });
});
