import { TransactionRunner } from '@tamago/database';
import { Role } from '@tamago/identity';
import { ScheduleRunner } from '@tamago/jobs';
import { ReportScheduleService } from '@tamago/reports';
import { SubsidyApplication } from '@tamago/support/entities';
import { addDays, todayIn } from '@tamago/core';
import { TestFacility, bearer, createFacility, createUser } from '../support/factories';
import { TestApp, createTestApp } from '../support/test-app';
import { csvRows, csvSection, download, pdfText, rate, runReport, workbook } from './files';
import { CHARGES, EVENT, KPI, LEASES, PAYMENT, SPACES, Seeded, seedFacility } from './seed';

describe('reports', () => {
  let t: TestApp;
  let f: TestFacility;
  let other: TestFacility;
  let seeded: Seeded;
  let advisorUser: string;
  const today = todayIn('Asia/Tokyo');
  const month = today.slice(0, 7);
  const auth = () => bearer(f.adminToken);

  beforeAll(async () => {
    t = await createTestApp({ worker: true });
    f = await createFacility(t.app, t.http, 'レポート施設');
    other = await createFacility(t.app, t.http, '他の施設');
    advisorUser = (await createUser(t.app, t.http, f.facilityId, [Role.Advisor])).token;
    seeded = await seedFacility(t.app, t.http, f.facilityId, f.adminToken, f.adminUserId, 'レポ');
  });
  afterAll(() => t.close());

  /** Occupancy on a day computed from the seeded leases and rooms. */
  function occupancyOn(day: string) {
    const let_ = new Set(LEASES.filter((l) => l.startDate <= day && day <= l.endDate).map((l) => l.space));
    const groups = new Map<string, { rooms: number; occupied: number; centi: number; occCenti: number }>();
    const total = { rooms: 0, occupied: 0, centi: 0, occCenti: 0 };
    for (const s of SPACES) {
      const g = groups.get(s.typeJa) ?? { rooms: 0, occupied: 0, centi: 0, occCenti: 0 };
      const centi = Math.round(Number(s.areaSqm) * 100);
      for (const x of [g, total]) {
        x.rooms += 1;
        x.centi += centi;
        if (let_.has(s.code)) {
          x.occupied += 1;
          x.occCenti += centi;
        }
      }
      groups.set(s.typeJa, g);
    }
    return { groups, total };
  }

  it('builds the monthly occupancy report as a job with progress to 100, in PDF, CSV and XLSX', async () => {
    const expected = occupancyOn('2026-10-31');
    const pdf = await runReport(t.http, f.adminToken, { type: 'monthly-occupancy', period: '2026-10', format: 'pdf' });
    expect(pdf.final).toMatchObject({ status: 'done', progress: 100, fileName: 'monthly-occupancy-2026-10.pdf' });
    expect(pdf.seen[0].status).toBe('queued');
    const progress = pdf.seen.map((s) => s.progress);
    expect(progress).toEqual([...progress].sort((a, b) => a - b));
    const file = await download(t.http, f.adminToken, pdf.id);
    expect(file.type).toBe('application/pdf');
    const text = pdfText(file.bytes);
    expect(text).toContain('月次入居状況報告');
    expect(text).toContain('2026年10月');
    expect(text).toContain('レポート施設');
    const office = expected.groups.get('オフィス')!;
    const officeLine = text.split('\n').find((l) => /^\s*オフィス\s+\d/.test(l))!;
    expect(officeLine.trim().split(/\s+/)).toEqual([
      'オフィス',
      String(office.rooms),
      String(office.occupied),
      String(office.rooms - office.occupied),
      `${rate(office.occupied, office.rooms).toFixed(2)}%`,
      (office.centi / 100).toFixed(2),
      (office.occCenti / 100).toFixed(2),
      `${rate(office.occCenti, office.centi).toFixed(2)}%`,
    ]);
    expect(text).toContain(`${rate(expected.total.occCenti, expected.total.centi).toFixed(2)}%`);

    const csv = await runReport(t.http, f.adminToken, { type: 'monthly-occupancy', period: '2026-10', format: 'csv' });
    const rows = csvRows((await download(t.http, f.adminToken, csv.id)).bytes);
    const byType = csvSection(rows, '部屋タイプ別 入居状況');
    expect(byType[0][0]).toBe('部屋タイプ');
    for (const [name, g] of expected.groups)
      expect(byType.find((r) => r[0] === name)).toEqual([
        name,
        String(g.rooms),
        String(g.occupied),
        String(g.rooms - g.occupied),
        rate(g.occupied, g.rooms).toFixed(2),
        (g.centi / 100).toFixed(2),
        (g.occCenti / 100).toFixed(2),
        rate(g.occCenti, g.centi).toFixed(2),
      ]);
    const vacant = csvSection(rows, `空室一覧（${expected.total.rooms - expected.total.occupied}室）`);
    expect(vacant.slice(1).map((r) => r[0])).toEqual(['A-102', 'B-202']);

    const xlsx = await runReport(t.http, f.adminToken, {
      type: 'monthly-occupancy',
      period: '2026-10',
      format: 'xlsx',
    });
    const book = await workbook((await download(t.http, f.adminToken, xlsx.id)).bytes);
    const sheet = book.getWorksheet('部屋タイプ別')!;
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    expect(sheet.getRow(1).getCell(1).value).toBe('部屋タイプ');
    const last = sheet.getRow(sheet.rowCount);
    expect(last.getCell(1).value).toBe('合計');
    expect(last.getCell(2).value).toBe(expected.total.rooms);
    expect(last.getCell(3).value).toBe(expected.total.occupied);
    expect(last.getCell(5).value).toBe(rate(expected.total.occupied, expected.total.rooms));
    expect(last.getCell(6).value).toBe(expected.total.centi / 100);
    expect(typeof last.getCell(6).value).toBe('number');
    expect(sheet.getColumn(5).numFmt).toBe('0.00"%"');
  });

  it('reports revenue and arrears aging computed from the invoices and payment the test made', async () => {
    const invoices = (
      await t.http.get('/api/v1/invoices').query({ kind: 'invoice', limit: 100 }).set(auth()).expect(200)
    ).body.items as { tenantId: string; period: string; total: number; dueDate: string }[];
    const asOf = '2026-10-31';
    const billedOct = CHARGES['2026-10'].reduce((s, c) => s + c.amount, 0);
    // Open amounts: the payment goes to T1's oldest open invoice, the October one (August billed T2 only).
    const open = invoices
      .filter((i) => i.total > 0)
      .map((i) => ({
        ...i,
        open: i.total - (i.tenantId === seeded.tenants.T1 && i.period === '2026-10' ? PAYMENT.amount : 0),
      }));
    const bucket = (due: string) => {
      const days = (Date.parse(asOf) - Date.parse(due)) / 86_400_000;
      return days <= 0 ? 'current' : days <= 30 ? 'd1_30' : days <= 60 ? 'd31_60' : days <= 90 ? 'd61_90' : 'over_90';
    };
    const aging: Record<string, number> = { current: 0, d1_30: 0, d31_60: 0, d61_90: 0, over_90: 0 };
    for (const i of open) aging[bucket(i.dueDate)] += i.open;
    const totalOpen = open.reduce((s, i) => s + i.open, 0);

    const csv = await runReport(t.http, f.adminToken, { type: 'revenue-arrears', period: '2026-10', format: 'csv' });
    expect(csv.final.status).toBe('done');
    const rows = csvRows((await download(t.http, f.adminToken, csv.id)).bytes);
    const months = csvSection(rows, '月別 請求額と入金額（直近12か月）');
    expect(months).toHaveLength(1 + 12 + 1);
    // Billed, paid so far on October's invoices (the payment went to T1's), received in October, refunded.
    expect(months.find((r) => r[0] === '2026年10月')!.slice(2, 6)).toEqual([
      String(billedOct),
      String(PAYMENT.amount),
      String(PAYMENT.amount),
      '0',
    ]);
    expect(months.find((r) => r[0] === '2026年8月')![2]).toBe('40000');
    const agingRows = csvSection(rows, `未収金の年齢別内訳（${asOf}時点）`);
    const labels = {
      current: '期日前',
      d1_30: '1〜30日超過',
      d31_60: '31〜60日超過',
      d61_90: '61〜90日超過',
      over_90: '90日超過',
    };
    for (const [k, label] of Object.entries(labels))
      expect(agingRows.find((r) => r[0] === label)![1]).toBe(String(aging[k]));
    expect(agingRows.find((r) => r[0] === '合計')![1]).toBe(String(totalOpen));
    expect(aging.d61_90 + aging.d31_60).toBe(40_000);
    const debtors = csvSection(rows, '未収のある入居企業');
    expect(debtors.find((r) => r[0] === seeded.names.T1)![1]).toBe(String(100_000 - PAYMENT.amount));

    const pdf = await runReport(t.http, f.adminToken, { type: 'revenue-arrears', period: '2026-10', format: 'pdf' });
    const text = pdfText((await download(t.http, f.adminToken, pdf.id)).bytes);
    expect(text).toContain('収入・未収金報告');
    expect(text).toContain(`¥${billedOct.toLocaleString('en-US')}`);
    expect(text).toContain(`¥${totalOpen.toLocaleString('en-US')}`);
  });

  it('builds the fiscal-year funder report from tenants, KPI, subsidies, sessions, events and meters', async () => {
    const id = f.facilityId;
    const advisor = (
      await t.http.post('/api/v1/advisors').set(auth()).send({ name: '山田 診断士', kind: 'certified_sme_consultant' })
    ).body.id;
    for (const [day, topic] of [
      ['2025-07-10', 'funding'],
      ['2025-12-05', 'technology'],
    ])
      await t.http
        .post('/api/v1/advisory-sessions')
        .set(auth())
        .send({
          tenantId: seeded.tenants.T1,
          advisorId: advisor,
          topic,
          mode: 'onsite',
          startsAt: `${day}T10:00:00+09:00`,
          endsAt: `${day}T11:00:00+09:00`,
        })
        .expect(201);
    const program = (
      await t.http
        .post('/api/v1/subsidy-programs')
        .set(auth())
        .send({
          name: 'ものづくり補助金',
          agency: '中小企業庁',
          subsidyRate: '2/3',
          maxAmount: 10_000_000,
          rounds: [{ name: '第19回', opensOn: '2025-04-01', closesOn: '2025-05-31' }],
        })
        .expect(201)
    ).body;
    const app = (
      await t.http
        .post('/api/v1/subsidy-applications')
        .set(auth())
        .send({ tenantId: seeded.tenants.T2, programId: program.id, roundId: program.rounds[0].id })
        .expect(201)
    ).body;
    const decided = 2_000_000;
    await t.app.get(TransactionRunner).inFacility(id, (em) =>
      em.update(
        SubsidyApplication,
        { facilityId: id, id: app.id },
        {
          stage: 'grant_decided',
          decidedAmount: decided,
          milestones: { appliedOn: '2025-05-20', adoptedOn: '2025-07-01', grantDecidedOn: '2025-08-01' },
        },
      ),
    );
    await t.http.put('/api/v1/metering-settings').set(auth()).send({ emissionFactor: '0.000434' }).expect(200);
    for (const [readOn, value] of [
      ['2025-04-30', 1000],
      ['2025-05-31', 1800],
    ])
      await t.http
        .post('/api/v1/meter-readings')
        .set(auth())
        .send({ spaceId: seeded.spaces['A-101'], kind: 'electricity', readOn, value })
        .expect(201);
    const readings = (
      await t.http.get('/api/v1/meter-readings').query({ kind: 'electricity', limit: 100 }).set(auth()).expect(200)
    ).body.items as { period: string; consumption: number }[];
    const kwh = readings.reduce((s, r) => s + r.consumption, 0);
    const co2 = readings.reduce((s, r) => s + Math.round((r.consumption * 434) / 1000), 0);

    const pdf = await runReport(t.http, f.adminToken, { type: 'fiscal-year', fiscalYear: 2025, format: 'pdf' });
    expect(pdf.final).toMatchObject({ status: 'done', progress: 100, fileName: 'fiscal-year-FY2025.pdf' });
    const text = pdfText((await download(t.http, f.adminToken, pdf.id)).bytes);
    const line = (label: string) =>
      text
        .split('\n')
        .find((l) => l.trim().startsWith(label))
        ?.trim()
        .split(/\s+/);
    expect(text).toContain('事業実績報告書');
    expect(text).toContain('2025年度（2025年4月1日〜2026年3月31日）');
    // T1 (entered 2024) and T3 (graduated 2025-09-30) at the start; T2 entered; T3 graduated.
    expect(line('期首入居企業数')).toEqual(['期首入居企業数', '2']);
    expect(line('新規入居')).toEqual(['新規入居', '1']);
    expect(line('卒業')).toEqual(['卒業', '1']);
    expect(line('期末入居企業数')).toEqual(['期末入居企業数', '2']);
    const residents = KPI.filter((k) => k.tenant !== 'T3');
    const alumni = KPI.filter((k) => k.tenant === 'T3');
    const yen = (n: number) => `¥${n.toLocaleString('en-US')}`;
    const kpiRow = (rows: typeof KPI) => [
      String(rows.length),
      String(rows.reduce((s, k) => s + k.employees, 0)),
      yen(rows.reduce((s, k) => s + k.revenue, 0)),
      yen(rows.reduce((s, k) => s + k.moneyRaised, 0)),
    ];
    const cells = (pattern: RegExp) =>
      text
        .split('\n')
        .find((l) => pattern.test(l))!
        .trim()
        .split(/\s+/);
    expect(cells(/^\s*入居企業\s+\d/).slice(1, 5)).toEqual(kpiRow(residents));
    expect(
      text
        .split('\n')
        .find((l) => /^\s*卒業企業\s+\d/.test(l))!
        .trim()
        .split(/\s+/)
        .slice(1, 5),
    ).toEqual(kpiRow(alumni));
    expect(text).toContain(seeded.names.T3);
    expect(text).toContain('回答あり');
    expect(
      text
        .split('\n')
        .find((l) => /^\s*ものづくり補助金\s+\d/.test(l))!
        .trim()
        .split(/\s+/),
    ).toEqual(['ものづくり補助金', '1', '1', '1', yen(decided), '0', '¥0', '1']);
    expect(
      text
        .split('\n')
        .find((l) => /^\s*展示会\s+\d/.test(l))!
        .trim()
        .split(/\s+/),
    ).toEqual(['展示会', '1', String(EVENT.registrations), String(EVENT.attended)]);
    expect(
      text
        .split('\n')
        .find((l) => /^\s*資金調達\s+\d/.test(l))!
        .trim()
        .split(/\s+/)[1],
    ).toBe('1');
    expect(text).toContain(`${kwh.toLocaleString('en-US')}kWh / ${co2.toLocaleString('en-US')}kg`);

    const xlsx = await runReport(t.http, f.adminToken, { type: 'fiscal-year', fiscalYear: 2025, format: 'xlsx' });
    const book = await workbook((await download(t.http, f.adminToken, xlsx.id)).bytes);
    const kpi = book.getWorksheet('成果指標')!;
    const total = kpi.getRow(kpi.rowCount);
    expect(total.getCell(1).value).toBe('合計');
    expect(total.getCell(3).value).toBe(KPI.reduce((s, k) => s + k.employees, 0));
    expect(total.getCell(4).value).toBe(KPI.reduce((s, k) => s + k.revenue, 0));
    expect(kpi.getColumn(4).numFmt).toBe('"¥"#,##0');
  });

  it('reports support activity of the month: sessions by topic and advisor, referrals', async () => {
    const advisor = (
      await t.http
        .post('/api/v1/advisors')
        .set(auth())
        .send({ name: '佐藤 コーディネータ', kind: 'technical_coordinator' })
    ).body.id;
    for (const [hour, topic] of [
      [9, 'funding'],
      [11, 'technology'],
    ])
      await t.http
        .post('/api/v1/advisory-sessions')
        .set(auth())
        .send({
          tenantId: seeded.tenants.T2,
          advisorId: advisor,
          topic,
          mode: 'online',
          startsAt: `${month}-01T${String(hour).padStart(2, '0')}:00:00+09:00`,
          endsAt: `${month}-01T${String(hour).padStart(2, '0')}:30:00+09:00`,
        })
        .expect(201);
    const org = (await t.http.post('/api/v1/organizations').set(auth()).send({ kind: 'university', name: '地域大学' }))
      .body.id;
    await t.http
      .post('/api/v1/referrals')
      .set(auth())
      .send({ tenantId: seeded.tenants.T2, organizationId: org, direction: 'outbound', need: '共同研究' })
      .expect(201);
    const csv = await runReport(t.http, advisorUser, { type: 'support-activity', period: month, format: 'csv' });
    const rows = csvRows((await download(t.http, advisorUser, csv.id)).bytes);
    const topics = csvSection(rows, '相談支援 テーマ別');
    expect(topics.find((r) => r[0] === '資金調達')).toEqual(['資金調達', '1', '30']);
    expect(topics.find((r) => r[0] === '技術')).toEqual(['技術', '1', '30']);
    const advisors = csvSection(rows, '相談支援 アドバイザー別');
    expect(advisors.find((r) => r[0] === '佐藤 コーディネータ')).toEqual(['佐藤 コーディネータ', '2', '60']);
    const referrals = csvSection(rows, '紹介・連携（支援機関との連携）');
    expect(referrals.find((r) => r[0] === '当施設から紹介')).toEqual(['当施設から紹介', '提案', '', '1']);
  });

  it("honours the facility's fiscal year start: a calendar-year facility reports January to December, scheduled in January", async () => {
    const cal = await createFacility(t.app, t.http, '暦年レポート施設');
    await t.http.patch('/api/v1/facility').set(bearer(cal.adminToken)).send({ fiscalYearStartMonth: 1 }).expect(200);
    const pdf = await runReport(t.http, cal.adminToken, { type: 'fiscal-year', fiscalYear: 2025, format: 'pdf' });
    expect(pdf.final).toMatchObject({ status: 'done' });
    const text = pdfText((await download(t.http, cal.adminToken, pdf.id)).bytes);
    expect(text).toContain('2025年度（2025年1月1日〜2025年12月31日）');
    // The year closes on 31 December: its report is asked on the first business day of January, not April.
    const schedule = t.app.get(ReportScheduleService);
    const before = (await t.http.get('/api/v1/reports').query({ limit: 50 }).set(bearer(cal.adminToken))).body.total;
    await schedule.runDue(cal.facilityId, '2026-04-01', ['fiscal-year-report']);
    expect((await t.http.get('/api/v1/reports').query({ limit: 50 }).set(bearer(cal.adminToken))).body.total).toBe(
      before,
    );
    const [id] = await schedule.runDue(cal.facilityId, '2026-01-05', ['fiscal-year-report']);
    const run = (await t.http.get(`/api/v1/reports/${id}`).set(bearer(cal.adminToken)).expect(200)).body;
    expect(run).toMatchObject({ type: 'fiscal-year', fiscalYear: 2025, source: 'schedule' });
  });

  it('answers the same report for the same request, also when asked at once', async () => {
    const body = { type: 'support-activity', fiscalYear: 2025, format: 'xlsx' };
    const results = await Promise.all([1, 2, 3].map(() => t.http.post('/api/v1/reports').set(auth()).send(body)));
    expect(results.map((r) => r.status)).toEqual([202, 202, 202]);
    expect(new Set(results.map((r) => r.body.id)).size).toBe(1);
    const done = await runReport(t.http, f.adminToken, body);
    expect(done.id).toBe(results[0].body.id);
    const again = await t.http.post('/api/v1/reports').set(auth()).send(body).expect(202);
    expect(again.body).toMatchObject({ id: done.id, status: 'done', progress: 100 });
    const list = await t.http.get('/api/v1/reports').query({ type: 'support-activity' }).set(auth()).expect(200);
    expect(list.body.items.filter((r: { id: string }) => r.id === done.id)).toHaveLength(1);
  });

  it('refuses unknown types, formats, fields and future periods with 400 naming the field, writing nothing', async () => {
    const before = (await t.http.get('/api/v1/reports').set(auth()).expect(200)).body.total;
    const field = async (body: object) =>
      (await t.http.post('/api/v1/reports').set(auth()).send(body).expect(400)).body.errors[0].field;
    expect(await field({ type: 'sales', period: '2026-10', format: 'pdf' })).toBe('type');
    expect(await field({ type: 'monthly-occupancy', period: '2026-10', format: 'docx' })).toBe('format');
    expect(await field({ type: 'monthly-occupancy', period: addDays(today, 40).slice(0, 7), format: 'pdf' })).toBe(
      'period',
    );
    expect(await field({ type: 'monthly-occupancy', period: '2026-1', format: 'pdf' })).toBe('period');
    expect(await field({ type: 'monthly-occupancy', format: 'pdf' })).toBe('period');
    expect(await field({ type: 'fiscal-year', fiscalYear: Number(today.slice(0, 4)) + 1, format: 'pdf' })).toBe(
      'fiscalYear',
    );
    expect(await field({ type: 'fiscal-year', fiscalYear: 2025, format: 'pdf', extra: 1 })).toBe('extra');
    expect((await t.http.get('/api/v1/reports').set(auth()).expect(200)).body.total).toBe(before);
    await t.http.get('/api/v1/reports/not-a-uuid').set(auth()).expect(400);
    await t.http.get('/api/v1/reports/00000000-0000-4000-8000-000000000000').set(auth()).expect(404);
  });

  it("keeps facilities apart and money from advisors: another facility's id answers 404", async () => {
    const mine = await runReport(t.http, f.adminToken, { type: 'revenue-arrears', period: '2026-09', format: 'pdf' });
    const b = bearer(other.adminToken);
    await t.http.get(`/api/v1/reports/${mine.id}`).set(b).expect(404);
    await t.http.get(`/api/v1/reports/${mine.id}/file`).set(b).expect(404);
    expect((await t.http.get('/api/v1/reports').set(b).expect(200)).body.total).toBe(0);
    // The same request in B is B's own report, built from B's (empty) data.
    const theirs = await runReport(t.http, other.adminToken, {
      type: 'revenue-arrears',
      period: '2026-09',
      format: 'pdf',
    });
    expect(theirs.id).not.toBe(mine.id);
    expect(pdfText((await download(t.http, other.adminToken, theirs.id)).bytes)).not.toContain(seeded.names.T1);
    await t.http
      .post('/api/v1/reports')
      .set(bearer(advisorUser))
      .send({ type: 'revenue-arrears', period: '2026-09', format: 'pdf' })
      .expect(403);
    await t.http.get(`/api/v1/reports/${mine.id}`).set(bearer(advisorUser)).expect(404);
  });

  it('mails the scheduled reports once to the chosen recipients, and keeps files the set number of days', async () => {
    await t.http
      .patch('/api/v1/report-settings')
      .set(auth())
      .send({ recipients: ['director@example.test'], scheduledFormat: 'xlsx', retentionDays: 30 })
      .expect(200);
    await t.http
      .patch('/api/v1/report-settings')
      .set(auth())
      .send({ recipients: ['not-an-email'] })
      .expect(400);
    const schedule = t.worker!.get(ReportScheduleService);
    // 2026-11-02 is the first business day of November (the 1st is a Sunday): October's reports.
    expect(await schedule.runDue(f.facilityId, '2026-11-01')).toEqual([]);
    const ids = await schedule.runDue(f.facilityId, '2026-11-02');
    expect(ids).toHaveLength(3);
    const mail = await t.smtp.waitFor('director@example.test', /月次入居状況報告（2026年10月）/);
    expect(mail.text).toContain(`/api/v1/reports/`);
    for (const id of ids) {
      const deadline = Date.now() + 60_000;
      let r = (await t.http.get(`/api/v1/reports/${id}`).set(auth())).body;
      while (r.status !== 'done' && Date.now() < deadline) {
        await new Promise((res) => setTimeout(res, 200));
        r = (await t.http.get(`/api/v1/reports/${id}`).set(auth())).body;
      }
      expect(r).toMatchObject({ status: 'done', source: 'schedule', format: 'xlsx' });
      const kept = (Date.parse(r.expiresAt) - Date.parse(r.finishedAt)) / 86_400_000;
      if (r.type !== 'monthly-occupancy') expect(kept).toBeCloseTo(30, 5);
    }
    await t.smtp.waitFor('director@example.test', /収入・未収金報告（2026年10月）/);
    await t.smtp.waitFor('director@example.test', /支援活動報告（2026年10月）/);
    // Running the schedule again asks for nothing new and mails nothing twice.
    expect(await schedule.runDue(f.facilityId, '2026-11-02')).toEqual(ids);
  });

  it("fires the monthly-report kind at 07:00 on the first business day in the facility's time zone and mails once", async () => {
    const b = bearer(other.adminToken);
    await t.http
      .patch('/api/v1/report-settings')
      .set(b)
      .send({ recipients: ['board@example.test'] })
      .expect(200);
    const runner = t.worker!.get(ScheduleRunner);
    // 2026-11-02 07:00 in Tokyo is 2026-11-01T22:00Z; a few minutes before, nothing is due.
    expect(await runner.runFacility(other.facilityId, 'Asia/Tokyo', new Date('2026-11-01T21:50:00Z'))).not.toContain(
      'monthly-report',
    );
    expect(await runner.runFacility(other.facilityId, 'Asia/Tokyo', new Date('2026-11-01T22:00:00Z'))).toContain(
      'monthly-report',
    );
    // The same occasion again starts nothing.
    expect(await runner.runFacility(other.facilityId, 'Asia/Tokyo', new Date('2026-11-01T22:05:00Z'))).not.toContain(
      'monthly-report',
    );
    const mail = await t.smtp.waitFor('board@example.test', /支援活動報告（2026年10月）/, 60_000);
    expect(mail.subject).toContain('他の施設');
    const list = (await t.http.get('/api/v1/reports').query({ limit: 50 }).set(b).expect(200)).body.items as {
      source: string;
      period: string;
    }[];
    expect(list.filter((r) => r.source === 'schedule' && r.period === '2026-10')).toHaveLength(3);
  });
});
