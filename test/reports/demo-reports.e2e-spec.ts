import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { addDays, fiscalYearOf, todayIn } from '@tamago/core';
import { TransactionRunner } from '@tamago/database';
import { seedDemoKpi, seedDemoMeters, seedDemoTenants } from '@tamago/demo';
import { TestFacility, createFacility } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';
import { download, pdfText, runReport } from './files';

/**
 * The reports of a facility the size of the customer's (the demo: 112 tenants, 153 rooms, five
 * years of leases, meters and KPI answers). REPORT_FILES_DIR=/some/dir keeps the files to look at.
 */
describe('reports of the demo facility', () => {
  let t: TestApp;
  let f: TestFacility;
  const today = todayIn('Asia/Tokyo');
  const lastMonth = addDays(`${today.slice(0, 8)}01`, -1).slice(0, 7);
  const keep = (name: string, bytes: Buffer) => {
    const dir = process.env.REPORT_FILES_DIR;
    if (!dir) return;
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, name), bytes);
  };

  beforeAll(async () => {
    t = await createTestApp({ worker: true });
    f = await createFacility(t.app, t.http, 'みなと創業支援センター（デモ）');
    await t.app.get(TransactionRunner).asSystem(async (em) => {
      await seedDemoTenants(em, f.facilityId);
      await seedDemoMeters(em, f.facilityId);
      await seedDemoKpi(em, f.facilityId);
    });
  });
  afterAll(() => t.close());

  it('builds the fiscal-year funder report with every section and a chart', async () => {
    const fy = fiscalYearOf(today) - 1;
    const r = await runReport(t.http, f.adminToken, { type: 'fiscal-year', fiscalYear: fy, format: 'pdf' });
    expect(r.final).toMatchObject({ status: 'done', progress: 100 });
    const { bytes } = await download(t.http, f.adminToken, r.id);
    keep(`fiscal-year-FY${fy}.pdf`, bytes);
    const text = pdfText(bytes);
    for (const heading of [
      '事業実績報告書',
      '入居企業数の推移',
      '入居率の推移（各月末）',
      '入居企業・卒業企業の成果（KPI調査）',
      '卒業企業のフォローアップ',
      '補助金の申請・採択支援',
      '相談支援 テーマ別',
      'イベント・交流会',
      '電力使用量とCO2排出量',
    ])
      expect(text).toContain(heading);
    expect(text).toMatch(/期末入居企業数\s+\d{2,3}/);
    expect(text).toMatch(/1\s*\/\s*\d+/);
  });

  it('builds last month’s occupancy and revenue reports', async () => {
    for (const [type, format] of [
      ['monthly-occupancy', 'pdf'],
      ['revenue-arrears', 'pdf'],
      ['support-activity', 'pdf'],
      ['monthly-occupancy', 'xlsx'],
    ]) {
      const r = await runReport(t.http, f.adminToken, { type, period: lastMonth, format });
      expect(r.final.status).toBe('done');
      const { bytes } = await download(t.http, f.adminToken, r.id);
      keep(`${type}-${lastMonth}.${format}`, bytes);
      if (format === 'pdf') expect(pdfText(bytes)).toContain('みなと創業支援センター（デモ）');
    }
  });
});
