import { type CsvReader, readCsv } from './csv';
import { parseStatementCsv } from './statement-csv';
import { invalidField, invalidMessage } from './test-helpers';

describe('readCsv', () => {
  it('reads quoted fields with commas, doubled quotes and line breaks', () => {
    const rows = readCsv('a,"b,c","say ""hi"""\r\n"multi\nline",x,\n\n last ,"",z');
    expect(rows).toEqual([
      { line: 1, fields: ['a', 'b,c', 'say "hi"'] },
      { line: 2, fields: ['multi\nline', 'x', ''] },
      { line: 5, fields: [' last ', '', 'z'] },
    ]);
  });

  it('rejects an unclosed quote and stray quotes, naming the line', () => {
    expect(invalidMessage(() => readCsv('a,b\n"open,c'))).toBe('Line 2 has a quoted field that is never closed.');
    expect(invalidMessage(() => readCsv('a,b"c'))).toBe('Line 1 has a quote inside an unquoted field.');
    expect(invalidMessage(() => readCsv('"a"b,c'))).toBe('Line 1 has text after a closing quote.');
  });
});

describe('parseStatementCsv', () => {
  const CSV = [
    '\uFEFFdate,amount,senderName,reference',
    '2027-04-05,55000,ｹﾝｼｮｳｾｲｷ(ｶ,INV-2027-0001',
    '2027/04/09,"108,900",カ)ヤマダショウジ,',
    '2027-4-30, 1100 , ﾔﾏﾀﾞ ﾀﾛｳ ,',
    '',
  ].join('\r\n');

  it('parses credits with line numbers, normalising dates and amounts', () => {
    expect(parseStatementCsv(CSV)).toEqual([
      { line: 2, date: '2027-04-05', amount: 55000, senderName: 'ｹﾝｼｮｳｾｲｷ(ｶ', reference: 'INV-2027-0001' },
      { line: 3, date: '2027-04-09', amount: 108900, senderName: 'カ)ヤマダショウジ' },
      { line: 4, date: '2027-04-30', amount: 1100, senderName: 'ﾔﾏﾀﾞ ﾀﾛｳ' },
    ]);
  });

  it('accepts a header without the reference column, in any case', () => {
    expect(parseStatementCsv('Date,AMOUNT,SenderName\n2027-04-05,1,ｱ')).toEqual([
      { line: 2, date: '2027-04-05', amount: 1, senderName: 'ｱ' },
    ]);
  });

  it('returns nothing for a header-only file', () => {
    expect(parseStatementCsv('date,amount,senderName\n')).toEqual([]);
  });

  it.each([
    ['2027-02-30,100,ｱ', 'Line 2 has an invalid date "2027-02-30"; use YYYY-MM-DD.'],
    ['05/04/2027,100,ｱ', 'Line 2 has an invalid date "05/04/2027"; use YYYY-MM-DD.'],
    ['2027-04-05,-100,ｱ', 'Line 2 has an invalid amount "-100"; use a positive whole number of yen.'],
    ['2027-04-05,100.5,ｱ', 'Line 2 has an invalid amount "100.5"; use a positive whole number of yen.'],
    ['2027-04-05,0,ｱ', 'Line 2 has an invalid amount "0"; use a positive whole number of yen.'],
    ['2027-04-05,"1,00",ｱ', 'Line 2 has an invalid amount "1,00"; use a positive whole number of yen.'],
    [
      '2027-04-05,99999999999999999,ｱ',
      'Line 2 has an invalid amount "99999999999999999"; use a positive whole number of yen.',
    ],
    ['2027-04-05,100,  ', 'Line 2 has no sender name.'],
    ['2027-04-05,100', 'Line 2 has 2 fields; the header has 3.'],
  ])('rejects %j', (row, message) => {
    expect(invalidMessage(() => parseStatementCsv(`date,amount,senderName\n${row}`))).toBe(message);
  });

  it('names the failing line after good ones', () => {
    expect(invalidMessage(() => parseStatementCsv('date,amount,senderName\n2027-04-05,1,ｱ\n2027-04-05,x,ｲ'))).toMatch(
      /^Line 3 /,
    );
  });

  it('rejects a missing or wrong header and an empty file', () => {
    expect(invalidMessage(() => parseStatementCsv('2027-04-05,100,ｱ'))).toMatch(/^Line 1 must be the header/);
    expect(invalidMessage(() => parseStatementCsv('amount,date,senderName'))).toMatch(/^Line 1 must be the header/);
    expect(invalidField(() => parseStatementCsv(''))).toBe('file');
  });

  it('works with any reader behind the CsvReader interface', () => {
    const tabs: CsvReader = (text) => text.split('\n').map((row, i) => ({ line: i + 1, fields: row.split('\t') }));
    expect(parseStatementCsv('date\tamount\tsenderName\n2027-04-05\t100\tｱ', tabs)).toEqual([
      { line: 2, date: '2027-04-05', amount: 100, senderName: 'ｱ' },
    ]);
  });
});
