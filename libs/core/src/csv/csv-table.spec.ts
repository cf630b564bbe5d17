import iconv from 'iconv-lite';
import { DomainError } from '../domain-error';
import { mapColumns } from './csv-columns';
import { decodeCsv, readCsvTable } from './csv-table';

describe('readCsvTable', () => {
  it('numbers rows by their line in the file, skipping blank lines and counting quoted line breaks', () => {
    const table = readCsvTable('a,b\n1,2\n\n"x\ny",3\n4,5\n');
    expect(table.header).toEqual(['a', 'b']);
    expect(table.rows).toEqual([
      { line: 2, cells: { a: '1', b: '2' } },
      { line: 5, cells: { a: 'x\ny', b: '3' } },
      { line: 6, cells: { a: '4', b: '5' } },
    ]);
  });

  it('reports a row with the wrong number of cells with its line', () => {
    try {
      readCsvTable('a,b\n1,2\n1,2,3\n');
      fail('expected an error');
    } catch (e) {
      expect(e).toBeInstanceOf(DomainError);
      expect((e as DomainError).details.extra).toMatchObject({ problems: [{ line: 3, column: '' }] });
    }
  });
});

describe('decodeCsv', () => {
  it('reads UTF-8 with and without BOM, and Shift_JIS from Excel', () => {
    expect(decodeCsv(Buffer.from('\uFEFF名前\n', 'utf8'))).toBe('名前\n');
    expect(decodeCsv(Buffer.from('名前\n', 'utf8'))).toBe('名前\n');
    expect(decodeCsv(iconv.encode('株式会社タマゴ,ｶﾌﾞｼｷｶﾞｲｼｬ\n', 'cp932'))).toBe('株式会社タマゴ,ｶﾌﾞｼｷｶﾞｲｼｬ\n');
  });
});

describe('mapColumns', () => {
  it('accepts Japanese or English headers and reports unknown, repeated and missing columns on line 1', () => {
    const table = readCsvTable('居室コード,value,色,spaceCode\nA-1,10,赤,A-2\n');
    const cols = mapColumns(table, [
      { field: 'spaceCode', headers: ['居室コード'], required: true },
      { field: 'value', headers: ['指示数'], required: true },
      { field: 'readOn', headers: ['検針日'], required: true },
    ]);
    expect(cols.cell(table.rows[0], 'spaceCode')).toBe('A-1');
    expect(cols.cell(table.rows[0], 'value')).toBe('10');
    expect(cols.columnOf('value')).toBe('value');
    expect(cols.problems).toEqual([
      {
        line: 1,
        column: '色',
        message: 'Unknown column "色".',
        reason: 'core.csvColumnUnknown',
        params: { header: '色' },
      },
      {
        line: 1,
        column: 'spaceCode',
        message: 'The column spaceCode appears twice.',
        reason: 'core.csvColumnTwice',
        params: { header: 'spaceCode', field: 'spaceCode' },
      },
      {
        line: 1,
        column: '検針日',
        message: 'The required column "検針日" is missing.',
        reason: 'core.csvColumnMissing',
        params: { header: '検針日' },
      },
    ]);
  });
});
