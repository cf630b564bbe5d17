import { spawnSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { ReportDocument } from '../report-document';
import { renderCsv } from './csv';
import { renderPdf } from './pdf';
import { renderXlsx } from './xlsx';

const doc: ReportDocument = {
  title: '月次入居状況報告',
  titleEn: 'Monthly occupancy report',
  facilityName: 'テスト創業支援センター',
  scopeLabel: '2027年1月',
  asOf: '2027-01-31',
  generatedAt: new Date('2027-02-01T00:00:00Z'),
  summary: [
    { label: '入居率（室数）', value: '91.50%' },
    { label: '電力使用量 / CO2排出量', value: '480,273kWh / 208,438kg' },
  ],
  sections: [
    {
      key: '部屋タイプ別',
      heading: '部屋タイプ別 入居状況',
      chart: {
        kind: 'bar',
        categories: ['オフィス', 'ラボ'],
        series: [{ name: '入居率', data: [90, 75] }],
        unit: '%',
        max: 100,
      },
      table: {
        columns: [
          { label: '部屋タイプ', kind: 'text' },
          { label: '室数', kind: 'integer' },
          { label: '賃料', kind: 'yen' },
          { label: '入居率', kind: 'percent' },
          { label: '面積（㎡）', kind: 'decimal' },
        ],
        rows: [
          ['オフィス', 10, 1234567, 90, 250],
          ['合計', 10, 1234567, 90, 250],
        ],
        total: true,
      },
    },
  ],
  notes: ['注記の例です。'],
  fileStem: 'sample',
};

describe('report renderers', () => {
  it('prints Japanese text, yen, rates and the chart into an A4 PDF', async () => {
    const pdf = await renderPdf(doc, 'Asia/Tokyo');
    if (process.env.REPORT_FILES_DIR) writeFileSync(`${process.env.REPORT_FILES_DIR}/sample.pdf`, pdf);
    const text = spawnSync('pdftotext', ['-layout', '-', '-'], { input: pdf }).stdout.toString();
    expect(text).toContain('月次入居状況報告');
    expect(text).toContain('480,273kWh / 208,438kg');
    expect(text).toMatch(/オフィス\s+10\s+¥1,234,567\s+90\.00%\s+250\.00/);
    expect(text).toContain('作成 2027年2月1日 09:00');
    expect(text).toContain('ラボ'); // a chart axis label, drawn from the ECharts SVG
  });

  it('writes CSV in UTF-8 with a BOM and plain numbers, and XLSX with typed cells and a frozen header', async () => {
    const csv = renderCsv(doc);
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(csv.toString('utf8')).toContain('オフィス,10,1234567,90.00,250.00\r\n');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await renderXlsx(doc)) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('部屋タイプ別')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(2).getCell(3).value).toBe(1234567);
    expect(sheet.getColumn(3).numFmt).toBe('"¥"#,##0');
  });
});
