import { OpenApiDocument, SchemaObject, resolve } from './routes';

/** One hostile value for one field, named for the report. */
export interface BadValue {
  name: string;
  value: unknown;
  /** A value a careful API may accept (it is odd, not wrong): emoji, combining marks, full-width digits. */
  mayPass?: boolean;
}

const deep = (levels: number): unknown => {
  let v: unknown = 'x';
  for (let i = 0; i < levels; i++) v = [v];
  return v;
};

const HOSTILE_TEXT: BadValue[] = [
  { name: 'NUL', value: 'a\u0000b' },
  { name: 'control characters', value: 'a\u0007\u001b[31mb' },
  { name: 'bidi override', value: '株式会社\u202Eﾃｽﾄ' },
  { name: 'isolate', value: 'abc\u2066def\u2069' },
  { name: 'oversized string', value: 'あ'.repeat(100_000) },
  { name: 'combining marks and emoji', value: 'Ťëśť 🥚👨‍👩‍👧 か\u3099', mayPass: true },
  { name: 'full-width digits', value: '１２３４５', mayPass: true },
  { name: 'formula', value: '=HYPERLINK("http://evil.example","x")', mayPass: true },
];

/** Hostile values for one field of a schema: the wrong type first, then what its type invites. */
export function badValuesFor(doc: OpenApiDocument, schema: SchemaObject | undefined): BadValue[] {
  const s = resolve(doc, schema) ?? {};
  const deepValue: BadValue = { name: 'deep JSON', value: deep(3000) };
  switch (s.type) {
    case 'integer':
    case 'number':
      return [
        { name: 'wrong type (string)', value: 'abc' },
        { name: 'full-width digits as string', value: '１２３' },
        { name: 'negative', value: -1, mayPass: (s.minimum ?? -1) < 0 },
        { name: 'huge', value: 1e20 },
        { name: 'unsafe integer', value: 2 ** 53 + 2 },
        { name: 'fraction', value: 1.5, mayPass: s.type === 'number' },
        deepValue,
      ];
    case 'boolean':
      return [{ name: 'wrong type (string)', value: 'yes' }, deepValue];
    case 'array':
      return [
        { name: 'wrong type (object)', value: { a: 1 } },
        { name: 'huge array', value: Array(50_000).fill('x') },
        deepValue,
      ];
    case 'string':
      if (s.format === 'date')
        return [
          { name: 'year 0000', value: '0000-01-01' },
          { name: 'impossible date', value: '2027-02-30' },
          { name: 'month 13', value: '2027-13-01' },
          { name: 'year 99999', value: '99999-01-01' },
          { name: 'wrong type (number)', value: 20270401 },
        ];
      if (s.format === 'date-time')
        return [
          { name: 'year 0000 instant', value: '0000-01-01T00:00:00Z' },
          { name: 'impossible instant', value: '2027-02-30T10:00:00+09:00' },
          { name: 'instant without offset', value: '2027-04-01T10:00:00' },
          { name: 'wrong type (number)', value: 1 },
        ];
      return [
        { name: 'wrong type (number)', value: 12345 },
        { name: 'wrong type (object)', value: { $ne: 1 } },
        ...HOSTILE_TEXT,
      ];
    default:
      return [{ name: 'wrong type (string)', value: 'x' }, deepValue];
  }
}

/** Hostile values for a query parameter (always text on the wire). */
export const BAD_QUERY_VALUES: BadValue[] = [
  { name: 'NUL', value: 'a\u0000b' },
  { name: 'bidi override', value: '\u202Eabc' },
  { name: 'oversized', value: 'x'.repeat(5000) },
  { name: 'negative', value: '-1' },
  { name: 'huge', value: '99999999999999999999' },
  { name: 'year 0000', value: '0000-01-01' },
  { name: 'impossible date', value: '2027-02-30' },
  { name: 'array', value: ['a', 'b'] },
  { name: 'full-width digits', value: '１２', mayPass: true },
];

/** Malformed uploads for CSV, Zengin and bank-file routes. */
export const BAD_FILES: { name: string; bytes: Buffer }[] = [
  { name: 'unbalanced quotes', bytes: Buffer.from('名前,フリガナ\n"株式会社,テスト\n') },
  { name: 'NUL in a cell', bytes: Buffer.from('名前,フリガナ\n株式会社\u0000テスト,テスト\n') },
  { name: 'bidi override in a cell', bytes: Buffer.from('名前,フリガナ\n株式会社\u202Eテスト,テスト\n') },
  { name: 'header only', bytes: Buffer.from('x,y,z\n') },
  { name: 'binary garbage', bytes: Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 151) % 256)) },
  { name: 'Zengin record cut short', bytes: Buffer.from('1' + '9'.repeat(50) + '\r\n2' + 'x'.repeat(30)) },
  { name: 'wrong line count', bytes: Buffer.from('a,b\n1,2,3,4\n5\n') },
  { name: 'oversized (5 MB)', bytes: Buffer.alloc(5 * 1024 * 1024, 'a,b,c\n') },
  { name: 'too many lines', bytes: Buffer.from('a\n'.repeat(30_000)) },
];
