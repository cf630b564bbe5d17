import iconv from 'iconv-lite';

/** Joins literal field values into one record and insists it has `length` Shift_JIS bytes. */
export function rec(length: number, ...fields: string[]): string {
  const record = fields.join('');
  const bytes = iconv.encode(record, 'Shift_JIS').length;
  if (bytes !== length) throw new Error(`fixture record is ${bytes} bytes, not ${length}: ${record}`);
  return record;
}

/** Records as a Shift_JIS file, CRLF after each (or no separator). */
export function sjisFile(records: string[], sep = '\r\n'): Buffer {
  return iconv.encode(records.map((r) => r + sep).join(''), 'Shift_JIS');
}

/** A 振込入金通知 (01) file for account 0001-001-1234567; dates in Reiwa YYMMDD (08 = 2026). */
export function transferNotice(credits: { no: string; date: string; amount: number; name: string }[]): string[] {
  const header = rec(
    200,
    '1',
    '01',
    '0',
    '080510',
    '080501',
    '080510',
    '0001',
    'ﾐｽﾞﾎ'.padEnd(15),
    '001',
    'ﾄｳｷﾖｳ'.padEnd(15),
    '1',
    '1234567',
    'ﾀﾏｺﾞ'.padEnd(40),
    ' '.repeat(93),
  );
  const data = credits.map((c) =>
    rec(
      200,
      '2',
      c.no,
      c.date,
      c.date,
      String(c.amount).padStart(10, '0'),
      '0000000000',
      ' '.repeat(10),
      c.name.padEnd(48),
      'ﾐﾂﾋﾞｼ'.padEnd(15),
      'ｼﾝｼﾞﾕｸ'.padEnd(15),
      '0',
      ' '.repeat(20),
      ' '.repeat(52),
    ),
  );
  const total = credits.reduce((s, c) => s + c.amount, 0);
  const trailer = rec(
    200,
    '8',
    String(credits.length).padStart(6, '0'),
    String(total).padStart(12, '0'),
    '000000',
    '000000000000',
    ' '.repeat(163),
  );
  return [header, ...data, trailer, rec(200, '9', ' '.repeat(199))];
}

/** A supertest parser that keeps a binary response body as bytes. */
export function binaryBody(res: unknown, done: (err: Error | null, body: Buffer) => void): void {
  const stream = res as NodeJS.ReadableStream;
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer) => chunks.push(c));
  stream.on('end', () => done(null, Buffer.concat(chunks)));
}
