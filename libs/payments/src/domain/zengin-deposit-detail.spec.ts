import iconv from 'iconv-lite';
import { parseDepositDetail } from './zengin-deposit-detail';
import { invalidField, invalidMessage } from './test-helpers';

/** Joins literal field values into one record and insists it is 200 bytes. */
function rec(...fields: string[]): string {
  const record = fields.join('');
  if (iconv.encode(record, 'Shift_JIS').length !== 200) throw new Error(`fixture record is not 200 bytes: ${record}`);
  return record;
}
const file = (records: string[], sep = '\r\n') => iconv.encode(records.map((r) => r + sep).join(''), 'Shift_JIS');
const END = rec('9', ' '.repeat(199));

describe('parseDepositDetail: 振込入金通知 (01)', () => {
  // Dates are Reiwa YYMMDD: 080405 = R8-04-05 = 2026-04-05 (Reiwa year + 2018).
  const HEADER = rec(
    '1',
    '01',
    '0',
    '080410',
    '080401',
    '080410',
    '0001',
    'ﾐｽﾞﾎ'.padEnd(15),
    '001',
    'ﾄｳｷﾖｳ'.padEnd(15),
    '1',
    '1234567',
    'ﾀﾏｺﾞ'.padEnd(40),
    ' '.repeat(93),
  );
  const notice = (no: string, date: string, amount: string, code: string, name: string, cancel: string, edi = '') =>
    rec(
      '2',
      no,
      date,
      date,
      amount,
      '0000000000',
      code,
      name.padEnd(48),
      'ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ'.padEnd(15),
      'ｼﾝｼﾞﾕｸ'.padEnd(15),
      cancel,
      edi.padEnd(20),
      ' '.repeat(52),
    );
  const N1 = notice('000101', '080405', '0000055000', '0000000000', 'ｹﾝｼﾖｳｾｲｷ(ｶ', '0');
  const N2 = notice('000102', '080409', '0000108900', '1234567890', 'ｶ)ﾔﾏﾀﾞｼﾖｳｼﾞ', ' ', 'INV202604000012');
  const N3 = notice('000103', '080410', '0000005000', '          ', 'ｻﾄｳ ﾊﾅｺ', '1');
  // Trailer counting every record: 3 / 55,000 + 108,900 + 5,000 = 168,900; cancelled 1 / 5,000
  const TRAILER = rec('8', '000003', '000000168900', '000001', '000000005000', ' '.repeat(163));
  const account = { bankCode: '0001', branchCode: '001', accountType: '1', accountNumber: '1234567' };

  it('returns credits and, apart, cancelled transfers', () => {
    const parsed = parseDepositDetail(file([HEADER, N1, N2, N3, TRAILER, END]));
    expect(parsed.kind).toBe('transfer_notice');
    expect(parsed.createdOn).toBe('2026-04-10'); // 作成日 080410 = R8-04-10
    expect(parsed.credits).toEqual([
      { line: 2, date: '2026-04-05', amount: 55000, senderName: 'ｹﾝｼﾖｳｾｲｷ(ｶ', inquiryNumber: '000101', account },
      {
        line: 3,
        date: '2026-04-09',
        amount: 108900,
        senderName: 'ｶ)ﾔﾏﾀﾞｼﾖｳｼﾞ',
        senderCode: '1234567890',
        ediInfo: 'INV202604000012',
        inquiryNumber: '000102',
        account,
      },
    ]);
    expect(parsed.reversals).toEqual([
      { line: 4, date: '2026-04-10', amount: 5000, senderName: 'ｻﾄｳ ﾊﾅｺ', inquiryNumber: '000103', account },
    ]);
  });

  it('also accepts a trailer that leaves cancelled transfers out of 振込合計', () => {
    // 2 / 55,000 + 108,900 = 163,900
    const net = rec('8', '000002', '000000163900', '000001', '000000005000', ' '.repeat(163));
    expect(parseDepositDetail(file([HEADER, N1, N2, N3, net, END])).credits).toHaveLength(2);
  });

  it('reads Western-year dates on request', () => {
    const western = notice('000101', '260405', '0000055000', '0000000000', 'ｹﾝｼﾖｳｾｲｷ(ｶ', '0');
    const t = rec('8', '000001', '000000055000', '000000', '000000000000', ' '.repeat(163));
    expect(parseDepositDetail(file([HEADER, western, t, END]), { era: 'gregorian' }).credits[0].date).toBe(
      '2026-04-05',
    );
    // The era cannot be detected: read as Reiwa, 26 is R26 = 2044. createdOn lets the caller spot it.
    const misread = parseDepositDetail(file([HEADER, western, t, END]));
    expect(misread.credits[0].date).toBe('2044-04-05');
    expect(misread.createdOn).toBe('2026-04-10');
  });

  it('rejects impossible dates, naming the line', () => {
    const t = rec('8', '000001', '000000055000', '000000', '000000000000', ' '.repeat(163));
    const feb30 = notice('000101', '090230', '0000055000', '0000000000', 'ｱ', '0');
    expect(invalidMessage(() => parseDepositDetail(file([HEADER, feb30, t, END])))).toBe(
      'Line 2 has an impossible 勘定日 "090230" (Reiwa year).',
    );
    // R1-04-30 was still Heisei: Reiwa began on 2019-05-01
    const beforeReiwa = notice('000101', '010430', '0000055000', '0000000000', 'ｱ', '0');
    expect(invalidMessage(() => parseDepositDetail(file([HEADER, beforeReiwa, t, END])))).toMatch(
      /^Line 2 has an impossible 勘定日/,
    );
  });

  it('rejects a trailer that disagrees with the data', () => {
    const wrong = rec('8', '000003', '000000168901', '000001', '000000005000', ' '.repeat(163));
    expect(invalidMessage(() => parseDepositDetail(file([HEADER, N1, N2, N3, wrong, END])))).toMatch(
      /^Line 5 says 振込合計 3 records \/ 168901 yen/,
    );
    const wrongCancel = rec('8', '000003', '000000168900', '000000', '000000000000', ' '.repeat(163));
    expect(invalidMessage(() => parseDepositDetail(file([HEADER, N1, N2, N3, wrongCancel, END])))).toBe(
      'Line 5 says 取消合計件数 0, but the data records add up to 1.',
    );
  });

  it('rejects non-digits, an unknown 取消区分 and a bad sender code', () => {
    const badAmount = notice('000101', '080405', '00000S5000', '0000000000', 'ｱ', '0');
    expect(invalidMessage(() => parseDepositDetail(file([HEADER, badAmount, TRAILER, END])))).toBe(
      'Line 2 has non-digits in 金額: "00000S5000".',
    );
    const badCancel = notice('000101', '080405', '0000055000', '0000000000', 'ｱ', '2');
    expect(invalidMessage(() => parseDepositDetail(file([HEADER, badCancel, TRAILER, END])))).toBe(
      'Line 2 has an unknown 取消区分 "2".',
    );
    const badCode = notice('000101', '080405', '0000055000', 'ABC       ', 'ｱ', '0');
    expect(invalidMessage(() => parseDepositDetail(file([HEADER, badCode, TRAILER, END])))).toMatch(
      /^Line 2 has non-digits in 振込依頼人コード/,
    );
  });

  it('rejects bad structure, naming the line', () => {
    expect(invalidMessage(() => parseDepositDetail(file([N1, TRAILER, END])))).toMatch(
      /^Line 1 must be a header record/,
    );
    expect(invalidMessage(() => parseDepositDetail(file([HEADER, N1, END])))).toBe(
      'Line 3 must be a data (2) or trailer (8) record.',
    );
    expect(invalidMessage(() => parseDepositDetail(file([HEADER, N1, N2, N3, TRAILER])))).toMatch(/no end record/);
    expect(invalidMessage(() => parseDepositDetail(file([HEADER, N1, N2, N3, TRAILER, END, END])))).toBe(
      'Line 7 follows the end record; nothing may.',
    );
    expect(invalidMessage(() => parseDepositDetail(file([HEADER, N1.slice(0, 199), TRAILER, END])))).toBe(
      'Line 2 is 199 bytes long; records must be 200 bytes.',
    );
  });

  it('rejects files of other kinds', () => {
    const transfer = HEADER.slice(0, 1) + '21' + HEADER.slice(3);
    expect(invalidMessage(() => parseDepositDetail(file([transfer, N1, TRAILER, END])))).toMatch(/種別コード "21"/);
    expect(
      invalidField(() => parseDepositDetail(file([HEADER, N1, N2, N3, TRAILER, END]), { era: 'showa' as never })),
    ).toBe('era');
  });
});

describe('parseDepositDetail: 入出金取引明細 (03)', () => {
  const header = (accountNumber: string) =>
    rec(
      '1',
      '03',
      '0',
      '080410',
      '080401',
      '080410',
      '0001',
      'ﾐｽﾞﾎ'.padEnd(15),
      '001',
      'ﾄｳｷﾖｳ'.padEnd(15),
      '000',
      '1',
      accountNumber,
      'ﾀﾏｺﾞ'.padEnd(40),
      '0',
      '1',
      '00000001000000',
      ' '.repeat(71),
    );
  const line = (no: string, direction: string, kind: string, amount: string, name: string, code = '0000000000') =>
    rec(
      '2',
      no,
      '080405',
      '080405',
      direction,
      kind,
      amount,
      '000000000000',
      '000000',
      '000000',
      '0',
      '0000000',
      '000',
      code,
      name.padEnd(48),
      'ﾐﾂﾋﾞｼﾕ-ｴﾌｼﾞｴｲ'.padEnd(15),
      'ｼﾝｼﾞﾕｸ'.padEnd(15),
      'ﾌﾘｺﾐ'.padEnd(20),
      ' '.repeat(20),
      ' ',
    );
  const S1 = line('00000001', '1', '11', '000000055000', 'ｹﾝｼﾖｳｾｲｷ(ｶ'); // transfer in
  const S2 = line('00000002', '2', '14', '000000003300', 'ﾃｽｳﾘﾖｳ'); // withdrawal: not a credit
  const S3 = line('00000003', '1', '10', '000000020000', 'ﾔﾏﾀﾞ ﾀﾛｳ'); // cash deposit
  const S4 = line('00000004', '2', '19', '000000020000', 'ﾔﾏﾀﾞ ﾀﾛｳ'); // correction taking S3 back
  // in: 2 / 55,000 + 20,000 = 75,000; out: 2 / 3,300 + 20,000 = 23,300; balance 1,000,000 + 75,000 − 23,300 = 1,051,700; 4 records
  const TRAILER = rec(
    '8',
    '000002',
    '0000000075000',
    '000002',
    '0000000023300',
    '0',
    '00000001051700',
    '0000004',
    ' '.repeat(139),
  );

  it('returns deposits as credits, 入金訂正 as reversals, and ignores withdrawals', () => {
    const parsed = parseDepositDetail(file([header('0001234567'), S1, S2, S3, S4, TRAILER, END]));
    const account = { bankCode: '0001', branchCode: '001', accountType: '1', accountNumber: '0001234567' };
    expect(parsed.kind).toBe('statement');
    expect(parsed.credits).toEqual([
      {
        line: 2,
        date: '2026-04-05',
        amount: 55000,
        senderName: 'ｹﾝｼﾖｳｾｲｷ(ｶ',
        inquiryNumber: '00000001',
        transactionCode: '11',
        account,
      },
      {
        line: 4,
        date: '2026-04-05',
        amount: 20000,
        senderName: 'ﾔﾏﾀﾞ ﾀﾛｳ',
        inquiryNumber: '00000003',
        transactionCode: '10',
        account,
      },
    ]);
    expect(parsed.reversals).toEqual([
      {
        line: 5,
        date: '2026-04-05',
        amount: 20000,
        senderName: 'ﾔﾏﾀﾞ ﾀﾛｳ',
        inquiryNumber: '00000004',
        transactionCode: '19',
        account,
      },
    ]);
  });

  it('reads several accounts in one file', () => {
    const t1 = rec(
      '8',
      '000001',
      '0000000055000',
      '000000',
      '0000000000000',
      '0',
      '00000001055000',
      '0000001',
      ' '.repeat(139),
    );
    const parsed = parseDepositDetail(file([header('0001234567'), S1, t1, header('0007654321'), S1, t1, END], ''));
    expect(parsed.credits.map((c) => [c.line, c.account.accountNumber])).toEqual([
      [2, '0001234567'],
      [5, '0007654321'],
    ]);
  });

  it('rejects a trailer that disagrees with the data', () => {
    const wrongIn = rec(
      '8',
      '000002',
      '0000000075001',
      '000002',
      '0000000023300',
      '0',
      '00000001051700',
      '0000004',
      ' '.repeat(139),
    );
    expect(invalidMessage(() => parseDepositDetail(file([header('0001234567'), S1, S2, S3, S4, wrongIn, END])))).toBe(
      'Line 6 says 入金額合計 75001, but the data records add up to 75000.',
    );
    const wrongCount = rec(
      '8',
      '000002',
      '0000000075000',
      '000002',
      '0000000023300',
      '0',
      '00000001051700',
      '0000005',
      ' '.repeat(139),
    );
    expect(
      invalidMessage(() => parseDepositDetail(file([header('0001234567'), S1, S2, S3, S4, wrongCount, END]))),
    ).toMatch(/データレコード件数 5/);
  });

  it('rejects an unknown 入払区分 and a group of another kind', () => {
    const bad = line('00000001', '3', '11', '000000055000', 'ｱ');
    expect(invalidMessage(() => parseDepositDetail(file([header('0001234567'), bad, TRAILER, END])))).toBe(
      'Line 2 has an unknown 入払区分 "3".',
    );
    const t1 = rec(
      '8',
      '000001',
      '0000000055000',
      '000000',
      '0000000000000',
      '0',
      '00000001055000',
      '0000001',
      ' '.repeat(139),
    );
    const notice = header('0001234567').slice(0, 1) + '01' + header('0001234567').slice(3);
    expect(invalidMessage(() => parseDepositDetail(file([header('0001234567'), S1, t1, notice, S1, t1, END])))).toBe(
      'Line 4 has 種別コード "01", but the file began as 03.',
    );
  });
});
