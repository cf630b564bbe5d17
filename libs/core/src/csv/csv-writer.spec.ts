import { parse } from 'csv-parse/sync';
import { stringify } from 'csv-stringify/sync';
import { escapeCsvCell, writeCsv } from './csv-writer';

describe('writeCsv', () => {
  it.each(['=HYPERLINK("http://x","y")', '+cmd|x', '-2+3', '@SUM(A1)', '\tx', '\rx'])(
    'keeps %j as text with a leading apostrophe',
    (cell) => {
      expect(escapeCsvCell(cell)).toBe(`'${cell}`);
      const [[read]] = parse(writeCsv([[cell]]), { relax_quotes: true }) as string[][];
      expect(read.startsWith("'")).toBe(true);
    },
  );

  it('leaves plain text, numbers (negative ones too) and empty cells alone', () => {
    expect(writeCsv([['株式会社タマゴ', -1200, 0, null, undefined, 'a=b']])).toBe('株式会社タマゴ,-1200,0,,,a=b\r\n');
  });

  it('writes what csv-stringify writes for every kind of cell (quotes, commas, line breaks, formulas, numbers)', () => {
    const stringified = (rows: (string | number | null | undefined)[][], lineEnd: '\r\n' | '\n') =>
      stringify(
        rows.map((r) => r.map(escapeCsvCell)),
        { record_delimiter: lineEnd },
      );
    const parts = ['a', '"', ',', '\r', '\n', '\r\n', ' ', '=', '-', '+', '@', '\t', '日', "'", ''];
    let seed = 1;
    const next = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    const cell = (): string | number | null | undefined => {
      const kind = next(6);
      if (kind === 0) return null;
      if (kind === 1) return undefined;
      if (kind === 2) return next(2) ? -next(100000) : next(1e9) / (next(3) + 1);
      return Array.from({ length: next(6) }, () => parts[next(parts.length)]).join('');
    };
    for (let k = 0; k < 5000; k++) {
      const rows = [Array.from({ length: 1 + next(5) }, cell), Array.from({ length: 1 + next(5) }, cell)];
      for (const lineEnd of ['\r\n', '\n'] as const)
        expect(writeCsv(rows, { lineEnd })).toBe(stringified(rows, lineEnd));
    }
    expect(writeCsv([])).toBe(stringified([], '\r\n'));
    expect(writeCsv([[]])).toBe(stringified([[]], '\r\n'));
  });
});
