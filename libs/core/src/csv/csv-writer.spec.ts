import { parse } from 'csv-parse/sync';
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
});
