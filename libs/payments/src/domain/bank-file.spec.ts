import iconv from 'iconv-lite';
import { detectBankFileFormat, readBankFile } from './bank-file';

describe('readBankFile', () => {
  it('detects Zengin deposit files by their header and everything else as CSV', () => {
    expect(detectBankFileFormat(Buffer.from('101080410'))).toBe('zengin');
    expect(detectBankFileFormat(Buffer.from('103080410'))).toBe('zengin');
    expect(detectBankFileFormat(Buffer.from('date,amount,senderName'))).toBe('csv');
  });

  it('reads CSV in UTF-8 or Shift_JIS with one key per transfer, repeated lines numbered', () => {
    const text =
      'date,amount,senderName,reference\n2026-05-01,55000,ｹﾝｼｮｳｾｲｷ(ｶ,\n2026-05-01,55000,ケンショウセイキ,\n2026-05-02,1000,ﾔﾏﾀﾞ,R-1\n';
    const utf8 = readBankFile(Buffer.from(text, 'utf8'));
    const sjis = readBankFile(iconv.encode(text, 'Shift_JIS'));
    expect(sjis).toEqual(utf8);
    expect(utf8.format).toBe('csv');
    const keys = utf8.credits.map((c) => c.dedupeKey);
    // Both spellings fold to one name: the second identical transfer is numbered 2.
    expect(keys[0].endsWith(':1')).toBe(true);
    expect(keys[1]).toBe(keys[0].replace(/:1$/, ':2'));
    expect(keys[2]).toBe('csv:ref:R-1:1');
    expect(utf8.credits.map((c) => [c.line, c.amount, c.reference])).toEqual([
      [2, 55_000, null],
      [3, 55_000, null],
      [4, 1_000, 'R-1'],
    ]);
  });

  it('refuses an empty file or a bad line with the line named', () => {
    expect(() => readBankFile(Buffer.alloc(0))).toThrow('The file is empty.');
    expect(() => readBankFile(Buffer.from('date,amount,senderName\n2026-05-01,-5,ﾔﾏﾀﾞ\n'))).toThrow(
      'Line 2 has an invalid amount "-5"; use a positive whole number of yen.',
    );
  });
});
