import iconv from 'iconv-lite';
import { parseDirectDebitResult } from './zengin-direct-debit-result';
import { invalidField, invalidMessage } from './test-helpers';

/** Joins literal field values into one record and insists it is 120 bytes. */
function rec(...fields: string[]): string {
  const record = fields.join('');
  if (iconv.encode(record, 'Shift_JIS').length !== 120) throw new Error(`fixture record is not 120 bytes: ${record}`);
  return record;
}

const HEADER = rec(
  '1',
  '91',
  '0',
  '0000123456',
  'ﾀﾏｺﾞｲﾝｷﾕﾍﾞ-ｼﾖﾝｾﾝﾀ-'.padEnd(40),
  '0527',
  '0001',
  'ﾐｽﾞﾎ'.padEnd(15),
  '001',
  'ﾄｳｷﾖｳ'.padEnd(15),
  '1',
  '1234567',
  ' '.repeat(17),
);
const data = (account: string, holder: string, amount: string, customer: string, result: string) =>
  rec(
    '2',
    '0005',
    'ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ'.padEnd(15),
    '123',
    'ｼﾝｼﾞﾕｸ'.padEnd(15),
    '    ',
    '1',
    account,
    holder.padEnd(30),
    amount,
    '0',
    customer,
    result,
    ' '.repeat(8),
  );
const D1 = data('7654321', 'ｹﾝｼﾖｳｾｲｷ(ｶ', '0000055000', '00000000202705000001', '0');
const D2 = data('1111111', 'ﾔﾏﾀﾞ ﾀﾛｳ', '0000001100', '00000000202705000002', '1');
const D3 = data('2222222', 'ｻﾄｳ ﾊﾅｺ', '0000033000', '00000000202705000003', '3');
// total 3 / 55,000 + 1,100 + 33,000 = 89,100; debited 1 / 55,000; failed 2 / 34,100
const TRAILER = rec('8', '000003', '000000089100', '000001', '000000055000', '000002', '000000034100', ' '.repeat(65));
const END = rec('9', ' '.repeat(119));

const file = (records: string[], sep = '\r\n') => iconv.encode(records.map((r) => r + sep).join(''), 'Shift_JIS');
const GOOD = [HEADER, D1, D2, D3, TRAILER, END];

describe('parseDirectDebitResult', () => {
  it('parses header, every result and the trailer', () => {
    const parsed = parseDirectDebitResult(file(GOOD));
    expect(parsed.header).toEqual({
      consignorCode: '0000123456',
      consignorName: 'ﾀﾏｺﾞｲﾝｷﾕﾍﾞ-ｼﾖﾝｾﾝﾀ-',
      debitMonth: 5,
      debitDay: 27,
      bankCode: '0001',
      bankName: 'ﾐｽﾞﾎ',
      branchCode: '001',
      branchName: 'ﾄｳｷﾖｳ',
      accountType: 'ordinary',
      accountNumber: '1234567',
    });
    expect(parsed.results).toEqual([
      {
        line: 2,
        bankCode: '0005',
        branchCode: '123',
        accountType: 'ordinary',
        accountNumber: '7654321',
        holderName: 'ｹﾝｼﾖｳｾｲｷ(ｶ',
        amount: 55000,
        customerNumber: '00000000202705000001',
        resultCode: '0',
        resultLabel: 'debited',
      },
      expect.objectContaining({
        line: 3,
        amount: 1100,
        resultCode: '1',
        resultLabel: 'insufficient_funds',
        holderName: 'ﾔﾏﾀﾞ ﾀﾛｳ',
      }),
      expect.objectContaining({ line: 4, amount: 33000, resultCode: '3', resultLabel: 'stopped_by_payer' }),
    ]);
    expect(parsed.trailer).toEqual({
      totalCount: 3,
      totalAmount: 89100,
      debitedCount: 1,
      debitedAmount: 55000,
      failedCount: 2,
      failedAmount: 34100,
    });
  });

  it.each([
    ['0', 'debited'],
    ['1', 'insufficient_funds'],
    ['2', 'no_account'],
    ['3', 'stopped_by_payer'],
    ['4', 'no_mandate'],
    ['8', 'stopped_by_consignor'],
    ['9', 'other'],
  ])('labels result code %s as %s', (code, label) => {
    const d = data('7654321', 'ｱ', '0000001000', '0'.repeat(20), code);
    const done = code === '0';
    const t = rec(
      '8',
      '000001',
      '000000001000',
      done ? '000001' : '000000',
      done ? '000000001000' : '000000000000',
      done ? '000000' : '000001',
      done ? '000000000000' : '000000001000',
      ' '.repeat(65),
    );
    expect(parseDirectDebitResult(file([HEADER, d, t, END])).results[0].resultLabel).toBe(label);
  });

  it('reads files without separators, with LF only, and with a DOS EOF mark', () => {
    const expected = parseDirectDebitResult(file(GOOD));
    expect(parseDirectDebitResult(file(GOOD, ''))).toEqual(expected);
    expect(parseDirectDebitResult(file(GOOD, '\n'))).toEqual(expected);
    expect(parseDirectDebitResult(Buffer.concat([file(GOOD), Buffer.from([0x1a])]))).toEqual(expected);
  });

  it('accepts a file with no data records when the trailer says zero', () => {
    const t = rec('8', '000000', '000000000000', '000000', '000000000000', '000000', '000000000000', ' '.repeat(65));
    expect(parseDirectDebitResult(file([HEADER, t, END])).results).toEqual([]);
  });

  it('rejects a record of the wrong length, naming the line', () => {
    const short = [HEADER, D1, D2.slice(0, 119), D3, TRAILER, END];
    expect(invalidMessage(() => parseDirectDebitResult(file(short)))).toBe(
      'Line 3 is 119 bytes long; records must be 120 bytes.',
    );
    expect(invalidMessage(() => parseDirectDebitResult(file(short, '')))).toMatch(/^Line 6 is 119 bytes long/);
  });

  it('rejects records out of order, naming the line', () => {
    expect(invalidMessage(() => parseDirectDebitResult(file([D1, HEADER, TRAILER, END])))).toMatch(
      /^Line 1 must be the header/,
    );
    expect(invalidMessage(() => parseDirectDebitResult(file([HEADER, D1, HEADER, TRAILER, END])))).toMatch(
      /^Line 3 must be a data record/,
    );
    expect(invalidMessage(() => parseDirectDebitResult(file([HEADER, D1, D2, D3, TRAILER])))).toMatch(/no end record/);
    expect(invalidMessage(() => parseDirectDebitResult(file([HEADER, D1, D2, D3, END])))).toMatch(/no trailer record/);
    expect(invalidMessage(() => parseDirectDebitResult(file([HEADER, D1, D2, D3, TRAILER, D1, END])))).toMatch(
      /^Line 6 must be the end record/,
    );
    expect(invalidMessage(() => parseDirectDebitResult(file([...GOOD, D1])))).toMatch(/^Line 7 follows the end record/);
  });

  it('rejects a trailer whose counts or amounts disagree with the data', () => {
    const wrongCount = rec(
      '8',
      '000004',
      '000000089100',
      '000001',
      '000000055000',
      '000002',
      '000000034100',
      ' '.repeat(65),
    );
    expect(invalidMessage(() => parseDirectDebitResult(file([HEADER, D1, D2, D3, wrongCount, END])))).toBe(
      'Line 5 says 合計件数 4, but the data records add up to 3.',
    );
    const wrongAmount = rec(
      '8',
      '000003',
      '000000089101',
      '000001',
      '000000055000',
      '000002',
      '000000034100',
      ' '.repeat(65),
    );
    expect(invalidMessage(() => parseDirectDebitResult(file([HEADER, D1, D2, D3, wrongAmount, END])))).toMatch(
      /合計金額 89101/,
    );
    const wrongSplit = rec(
      '8',
      '000003',
      '000000089100',
      '000002',
      '000000056100',
      '000001',
      '000000033000',
      ' '.repeat(65),
    );
    expect(invalidMessage(() => parseDirectDebitResult(file([HEADER, D1, D2, D3, wrongSplit, END])))).toMatch(
      /振替済件数 2/,
    );
    // right counts and total, but 1 yen moved from 振替不能 to 振替済: 55,001 / 34,099
    const wrongAmounts = rec(
      '8',
      '000003',
      '000000089100',
      '000001',
      '000000055001',
      '000002',
      '000000034099',
      ' '.repeat(65),
    );
    expect(invalidMessage(() => parseDirectDebitResult(file([HEADER, D1, D2, D3, wrongAmounts, END])))).toBe(
      'Line 5 says 振替済金額 55001, but the data records add up to 55000.',
    );
    const wrongFailed = rec(
      '8',
      '000003',
      '000000089100',
      '000001',
      '000000055000',
      '000002',
      '000000034099',
      ' '.repeat(65),
    );
    expect(invalidMessage(() => parseDirectDebitResult(file([HEADER, D1, D2, D3, wrongFailed, END])))).toMatch(
      /振替不能金額 34099/,
    );
  });

  it('rejects non-digits in numeric fields, naming the line and field', () => {
    const badAmount = data('7654321', 'ｱ', '00000550O0', '0'.repeat(20), '0');
    expect(invalidMessage(() => parseDirectDebitResult(file([HEADER, D1, badAmount, D3, TRAILER, END])))).toBe(
      'Line 3 has non-digits in 引落金額: "00000550O0".',
    );
    const badAccount = data('76543 1', 'ｱ', '0000001100', '0'.repeat(20), '1');
    expect(invalidMessage(() => parseDirectDebitResult(file([HEADER, D1, badAccount, D3, TRAILER, END])))).toMatch(
      /^Line 3 has non-digits in 口座番号/,
    );
  });

  it('rejects unknown result codes and account types', () => {
    expect(
      invalidMessage(() =>
        parseDirectDebitResult(
          file([HEADER, D1, data('1111111', 'ｱ', '0000001100', '0'.repeat(20), 'E'), D3, TRAILER, END]),
        ),
      ),
    ).toBe('Line 3 has an unknown 振替結果コード "E".');
    const badType = D1.slice(0, 42) + '7' + D1.slice(43);
    expect(invalidMessage(() => parseDirectDebitResult(file([HEADER, badType, D2, D3, TRAILER, END])))).toMatch(
      /^Line 2 has an unknown 預金種目/,
    );
  });

  it('rejects a file of another kind and bytes that are not Shift_JIS', () => {
    const transfer = HEADER.slice(0, 1) + '21' + HEADER.slice(3);
    expect(invalidMessage(() => parseDirectDebitResult(file([transfer, D1, D2, D3, TRAILER, END])))).toMatch(
      /種別コード must be 91/,
    );
    const bytes = file(GOOD);
    bytes[122 + 50] = 0xff; // first byte of 預金者名 on line 2
    expect(invalidMessage(() => parseDirectDebitResult(bytes))).toBe(
      'Line 2 has bytes that are not Shift_JIS in 預金者名.',
    );
  });

  it('rejects an empty file and a non-buffer', () => {
    expect(invalidField(() => parseDirectDebitResult(Buffer.alloc(0)))).toBe('file');
    expect(invalidField(() => parseDirectDebitResult('1910' as never))).toBe('file');
  });
});
