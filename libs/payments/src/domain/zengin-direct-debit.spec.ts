import iconv from 'iconv-lite';
import { buildDirectDebitFile, type DirectDebitHeaderInput, type DirectDebitItemInput } from './zengin-direct-debit';
import { invalidField } from './test-helpers';

const header: DirectDebitHeaderInput = {
  consignorCode: '123456',
  consignorName: 'タマゴインキュベーションセンター',
  debitDate: '2027-05-27',
  bankCode: '0001',
  bankName: 'ミズホ',
  branchCode: '001',
  branchName: 'トウキョウ',
  accountType: 'ordinary',
  accountNumber: '1234567',
};

const items: DirectDebitItemInput[] = [
  {
    bankCode: '0005',
    bankName: 'ミツビシユーエフジェイ',
    branchCode: '123',
    branchName: 'シンジュク',
    accountType: 'current',
    accountNumber: '7654321',
    holderName: 'ケンショウセイキ（カ',
    amount: 55000,
    newCode: 'first',
    customerNumber: '202705000001',
  },
  {
    bankCode: '0009',
    branchCode: '456',
    accountType: 'ordinary',
    accountNumber: '89',
    holderName: 'やまだ たろう',
    amount: 1100,
    customerNumber: '7',
  },
];

// Expected records written by hand, field by field (N: zero-padded right, C: space-padded left).
const HEADER =
  '1' +
  '91' +
  '0' +
  '0000123456' +
  'ﾀﾏｺﾞｲﾝｷﾕﾍﾞ-ｼﾖﾝｾﾝﾀ-' +
  ' '.repeat(22) + // 委託者名: 18 + 22 = 40
  '0527' +
  '0001' +
  'ﾐｽﾞﾎ' +
  ' '.repeat(11) + // 取引銀行名: 4 + 11 = 15
  '001' +
  'ﾄｳｷﾖｳ' +
  ' '.repeat(10) + // 取引支店名: 5 + 10 = 15
  '1' +
  '1234567' +
  ' '.repeat(17);
const DATA_1 =
  '2' +
  '0005' +
  'ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ' +
  ' '.repeat(2) + // 13 + 2 = 15 (small ェ → ｴ, ー → -)
  '123' +
  'ｼﾝｼﾞﾕｸ' +
  ' '.repeat(9) + // 6 + 9 = 15
  '    ' +
  '2' +
  '7654321' +
  'ｹﾝｼﾖｳｾｲｷ(ｶ' +
  ' '.repeat(20) + // 預金者名: 10 + 20 = 30
  '0000055000' +
  '1' +
  '00000000202705000001' +
  '0' +
  ' '.repeat(8);
const DATA_2 =
  '2' +
  '0009' +
  ' '.repeat(15) +
  '456' +
  ' '.repeat(15) +
  '    ' +
  '1' +
  '0000089' +
  'ﾔﾏﾀﾞ ﾀﾛｳ' +
  ' '.repeat(22) + // ﾔ ﾏ ﾀ ﾞ space ﾀ ﾛ ｳ = 8, + 22 = 30
  '0000001100' +
  '0' +
  '00000000000000000007' +
  '0' +
  ' '.repeat(8);
// 2 debits, 55,000 + 1,100 = 56,100; nothing debited or failed yet
const TRAILER =
  '8' + '000002' + '000000056100' + '000000' + '000000000000' + '000000' + '000000000000' + ' '.repeat(65);
const END = '9' + ' '.repeat(119);

const sjis = (s: string) => iconv.encode(s, 'Shift_JIS');

describe('buildDirectDebitFile', () => {
  it('writes 120-byte records in Shift_JIS', () => {
    for (const record of [HEADER, DATA_1, DATA_2, TRAILER, END]) expect(sjis(record).length).toBe(120);
  });

  it('matches the hand-built file byte for byte, CRLF by default', () => {
    const expected = sjis([HEADER, DATA_1, DATA_2, TRAILER, END].map((r) => `${r}\r\n`).join(''));
    const actual = buildDirectDebitFile(header, items);
    expect(actual.length).toBe(5 * 122);
    expect(actual.equals(expected)).toBe(true);
  });

  it('writes records back to back without a separator on request', () => {
    const expected = sjis([HEADER, DATA_1, DATA_2, TRAILER, END].join(''));
    const actual = buildDirectDebitFile(header, items, { separator: 'none' });
    expect(actual.length).toBe(600);
    expect(actual.equals(expected)).toBe(true);
  });

  it('puts fields at their standard byte offsets', () => {
    const file = buildDirectDebitFile(header, items, { separator: 'none' });
    const data1 = file.subarray(120, 240);
    // 引落金額 bytes 81..90, 新規コード 91, 顧客番号 92..111, 振替結果コード 112 (1-based)
    expect(data1.subarray(80, 90).toString('latin1')).toBe('0000055000');
    expect(data1.subarray(90, 91).toString('latin1')).toBe('1');
    expect(data1.subarray(91, 111).toString('latin1')).toBe('00000000202705000001');
    // header 引落日 bytes 55..58
    expect(file.subarray(54, 58).toString('latin1')).toBe('0527');
    // half-width kana are single bytes: ｹ = 0xB9 at 預金者名 byte 51
    expect(data1[50]).toBe(0xb9);
  });

  it('validates the header naming each field', () => {
    expect(invalidField(() => buildDirectDebitFile({ ...header, consignorCode: '12345678901' }, items))).toBe(
      'header.consignorCode',
    );
    expect(invalidField(() => buildDirectDebitFile({ ...header, consignorName: '山田商事' }, items))).toBe(
      'header.consignorName',
    );
    expect(invalidField(() => buildDirectDebitFile({ ...header, consignorName: 'ア'.repeat(41) }, items))).toBe(
      'header.consignorName',
    );
    expect(invalidField(() => buildDirectDebitFile({ ...header, debitDate: '2027-02-30' }, items))).toBe(
      'header.debitDate',
    );
    expect(invalidField(() => buildDirectDebitFile({ ...header, bankCode: '1' }, items))).toBe('header.bankCode');
    expect(invalidField(() => buildDirectDebitFile({ ...header, branchCode: '12a' }, items))).toBe('header.branchCode');
    expect(invalidField(() => buildDirectDebitFile({ ...header, accountType: 'gold' as never }, items))).toBe(
      'header.accountType',
    );
    expect(invalidField(() => buildDirectDebitFile({ ...header, accountNumber: '12345678' }, items))).toBe(
      'header.accountNumber',
    );
  });

  it('validates each debit naming its index and field', () => {
    const bad = (patch: Partial<DirectDebitItemInput>) =>
      buildDirectDebitFile(header, [items[0], { ...items[1], ...patch }]);
    expect(invalidField(() => bad({ amount: 0 }))).toBe('items[1].amount');
    expect(invalidField(() => bad({ amount: 10.5 }))).toBe('items[1].amount');
    expect(invalidField(() => bad({ amount: 10_000_000_000 }))).toBe('items[1].amount');
    expect(invalidField(() => bad({ holderName: '' }))).toBe('items[1].holderName');
    expect(invalidField(() => bad({ holderName: 'ヤマダ&サトウ' }))).toBe('items[1].holderName');
    expect(invalidField(() => bad({ holderName: 'ア'.repeat(31) }))).toBe('items[1].holderName');
    expect(invalidField(() => bad({ customerNumber: 'INV-1' }))).toBe('items[1].customerNumber');
    expect(invalidField(() => bad({ customerNumber: '1'.repeat(21) }))).toBe('items[1].customerNumber');
    expect(invalidField(() => bad({ newCode: 'new' as never }))).toBe('items[1].newCode');
    expect(invalidField(() => bad({ bankCode: '00010' }))).toBe('items[1].bankCode');
  });

  it('accepts a name of exactly 30 half-width characters', () => {
    // ガ is two half-width characters (ｶ + ﾞ): 15 × ガ = 30
    expect(() => buildDirectDebitFile(header, [{ ...items[1], holderName: 'ガ'.repeat(15) }])).not.toThrow();
    expect(
      invalidField(() => buildDirectDebitFile(header, [{ ...items[1], holderName: 'ガ'.repeat(15) + 'ア' }])),
    ).toBe('items[0].holderName');
  });

  it('refuses an empty file and a bad separator', () => {
    expect(invalidField(() => buildDirectDebitFile(header, []))).toBe('items');
    expect(invalidField(() => buildDirectDebitFile(header, items, { separator: 'lf' as never }))).toBe('separator');
  });

  it('refuses a total beyond the 12-digit trailer field', () => {
    const big = { ...items[1], amount: 9_999_999_999 };
    const many = Array.from({ length: 101 }, () => big); // 101 × 9,999,999,999 = 1,009,999,999,899 > 999,999,999,999
    expect(invalidField(() => buildDirectDebitFile(header, many))).toBe('items');
  });
});
