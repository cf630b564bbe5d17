import { Injectable } from '@nestjs/common';
import { addDays, daysBetween } from '@tamago/core';
import { EventService } from '@tamago/events';
import { KpiSubmissionService, type KpiTenantTotals } from '@tamago/kpi';
import { OccupancyService } from '@tamago/leasing';
import { UsageService, co2Kg } from '@tamago/metering';
import { AdvisorySessionService, SubsidyApplicationService } from '@tamago/support';
import { TenantLookup } from '@tamago/tenants';
import { monthBounds } from '../facility-day';
import { REPORT_TITLES } from '../labels';
import type { CellValue, ReportDocument, ReportSection } from '../report-document';
import { formatCell } from '../render/format';
import type { BuildContext, ReportBuilder } from './builder';
import { monthsEnding, rangeOf } from './scope';
import { eventSection, sessionsByTopic, subsidySection } from './support-figures';

/**
 * fiscal-year: the funder report (city, national SME agency) for one fiscal year (April–March unless the facility's year starts in another month) — residents
 * at the start and the end, entries, graduations, occupancy through the year, the tenants' and
 * alumni's jobs, sales and money raised, alumni followed up for five years, subsidies, advisory
 * sessions, events and attendance, electricity and CO2.
 */
@Injectable()
export class FiscalYearBuilder implements ReportBuilder {
  constructor(
    private readonly tenants: TenantLookup,
    private readonly occupancy: OccupancyService,
    private readonly kpi: KpiSubmissionService,
    private readonly subsidies: SubsidyApplicationService,
    private readonly sessions: AdvisorySessionService,
    private readonly events: EventService,
    private readonly usage: UsageService,
  ) {}

  async build(ctx: BuildContext): Promise<ReportDocument> {
    const range = rangeOf(ctx.request, ctx.today, ctx.timeZone, ctx.fiscalYearStartMonth);
    const id = ctx.facilityId;
    const months = monthsEnding(range.asOf.slice(0, 7), 12).filter((m) => m >= range.from.slice(0, 7));
    // The sections' reads are independent: they run side by side (each in its own facility
    // transaction), the month-end occupancy of the whole year from one read of the leases.
    const [movement, trend, kpi, subsidies, sessions, events, energy] = await Promise.all([
      this.tenants.movementBetween(id, range.from, range.asOf),
      this.occupancy
        .reportsOn(
          id,
          months.map((m) => minDay(monthBounds(m).to, range.asOf)),
        )
        .then((reports) => reports.map((r, i) => ({ month: months[i], ...r }))),
      this.kpi.totalsByTenant(id, range.from, range.to),
      this.subsidies.statsBetween(id, range.from, range.to),
      this.sessions.countsBetween(id, range.fromInstant, range.toInstant),
      this.events.statsBetween(id, range.fromInstant, range.toInstant),
      Promise.all(
        months.map(async (m) => {
          const u = await this.usage.usage(id, { kind: 'electricity', period: m });
          const kwh = u.items.reduce((s, i) => s + i.amount, 0) + u.unattributed;
          return { month: m, kwh, co2: u.emissionFactor === null ? null : co2Kg(kwh, u.emissionFactor) };
        }),
      ),
    ]);
    await ctx.progress(75);

    const alumniIds = new Set(movement.alumni.map((a) => a.tenantId));
    const kpiAlumni = kpi.filter((k) => alumniIds.has(k.tenantId));
    const kpiResidents = kpi.filter((k) => !alumniIds.has(k.tenantId));
    const end = trend[trend.length - 1];
    const adopted = subsidies.reduce((s, r) => s + r.adopted, 0);
    const decided = subsidies.reduce((s, r) => s + r.decidedAmount, 0);
    const sessionCount = sessions.reduce((s, r) => s + r.sessions, 0);
    const attended = events.reduce((s, r) => s + r.attended, 0);
    const kwh = energy.reduce((s, e) => s + e.kwh, 0);
    const co2 = energy.some((e) => e.co2 !== null) ? energy.reduce((s, e) => s + (e.co2 ?? 0), 0) : null;
    const title = REPORT_TITLES['fiscal-year'];
    return {
      title: title.ja,
      titleEn: title.en,
      facilityName: ctx.facilityName,
      scopeLabel: range.label,
      asOf: range.asOf,
      generatedAt: new Date(),
      fileStem: `fiscal-year-${range.stem}`,
      summary: [
        { label: '期首 → 期末 入居企業数', value: `${movement.atStart}社 → ${movement.atEnd}社` },
        { label: '新規入居 / 卒業', value: `${movement.entries}社 / ${movement.graduations}社` },
        { label: '期末入居率（室数）', value: end?.rooms.rate ?? '—' },
        { label: '雇用（従業員数合計）', value: `${formatCell(sum(kpi, 'employees'), 'integer')}人` },
        { label: '売上高合計', value: formatCell(sum(kpi, 'revenue'), 'yen') },
        { label: '資金調達額合計', value: formatCell(sum(kpi, 'moneyRaised'), 'yen') },
        { label: '補助金 採択 / 交付決定額', value: `${adopted}件 / ${formatCell(decided, 'yen')}` },
        { label: '相談件数 / イベント参加者', value: `${sessionCount}件 / ${attended}人` },
        {
          label: '電力使用量 / CO2排出量',
          value: `${formatCell(kwh, 'integer')}kWh / ${co2 === null ? '—' : `${formatCell(co2, 'integer')}kg`}`,
        },
      ],
      sections: [
        movementSection(movement),
        {
          key: '入居率推移',
          heading: '入居率の推移（各月末）',
          chart: {
            kind: 'line',
            categories: trend.map((t) => `${Number(t.month.slice(5))}月`),
            series: [
              { name: '入居率（室数）', data: trend.map((t) => (t.rooms.rateBp ?? 0) / 100) },
              { name: '入居率（面積）', data: trend.map((t) => (t.area.rateBp ?? 0) / 100) },
            ],
            unit: '%',
            max: 100,
          },
          table: {
            columns: [
              { label: '月末', kind: 'text' },
              { label: '入居室数', kind: 'integer' },
              { label: '室数', kind: 'integer' },
              { label: '入居率（室数）', kind: 'percent' },
              { label: '入居面積（㎡）', kind: 'decimal' },
              { label: '入居率（面積）', kind: 'percent' },
            ],
            rows: trend.map((t) => [
              t.asOf,
              t.rooms.occupied,
              t.rooms.total,
              t.rooms.rateBp === null ? null : t.rooms.rateBp / 100,
              t.area.occupiedCentiSqm / 100,
              t.area.rateBp === null ? null : t.area.rateBp / 100,
            ]),
          },
        },
        kpiSection(kpiResidents, kpiAlumni),
        alumniSection(movement.alumni, new Set(kpiAlumni.map((k) => k.tenantId)), range.to),
        subsidySection(subsidies),
        sessionsByTopic(sessions),
        eventSection(events),
        {
          key: 'エネルギー',
          heading: '電力使用量とCO2排出量',
          chart: {
            kind: 'bar',
            categories: energy.map((e) => `${Number(e.month.slice(5))}月`),
            series: [{ name: '電力使用量', data: energy.map((e) => e.kwh) }],
            unit: 'kWh',
          },
          table: {
            columns: [
              { label: '月', kind: 'text' },
              { label: '電力使用量（kWh）', kind: 'integer' },
              { label: 'CO2排出量（kg）', kind: 'integer' },
            ],
            rows: [...energy.map((e): CellValue[] => [e.month, e.kwh, e.co2]), ['合計', kwh, co2]],
            total: true,
          },
        },
      ],
      notes: [
        '入居企業数は入居日・卒業日・退去日によります（非入居の支援先は含めません）。',
        '雇用・売上高・資金調達額は、年度内の期間を対象とするKPI調査への回答の合計です（従業員数は最新の回答）。',
        '卒業企業のフォローアップは、年度末までの5年以内に卒業した企業が対象です。',
        'CO2排出量は施設の排出係数（t-CO2/kWh）による計算値です。',
        range.asOf < range.to ? `年度途中（${range.asOf}時点）の集計です。` : '年度終了後の確定値です。',
      ],
    };
  }
}

function movementSection(m: Awaited<ReturnType<TenantLookup['movementBetween']>>): ReportSection {
  return {
    key: '入居企業の推移',
    heading: '入居企業数の推移',
    table: {
      columns: [
        { label: '区分', kind: 'text', weight: 3 },
        { label: '企業数', kind: 'integer' },
      ],
      rows: [
        ['期首入居企業数', m.atStart],
        ['新規入居', m.entries],
        ['卒業', m.graduations],
        ['退去（卒業以外）', m.withdrawals],
        ['期末入居企業数', m.atEnd],
        ['（参考）非入居の支援先', m.supportClients],
      ],
    },
  };
}

function kpiSection(residents: KpiTenantTotals[], alumni: KpiTenantTotals[]): ReportSection {
  const row = (label: string, rows: KpiTenantTotals[]): CellValue[] => [
    label,
    rows.length,
    sum(rows, 'employees'),
    sum(rows, 'revenue'),
    sum(rows, 'moneyRaised'),
    sum(rows, 'patents'),
    sum(rows, 'productsLaunched'),
  ];
  return {
    key: '成果指標',
    heading: '入居企業・卒業企業の成果（KPI調査）',
    table: {
      columns: [
        { label: '区分', kind: 'text', weight: 1.6 },
        { label: '回答企業', kind: 'integer', weight: 0.9 },
        { label: '従業員数', kind: 'integer', weight: 0.9 },
        { label: '売上高', kind: 'yen', weight: 1.6 },
        { label: '資金調達額', kind: 'yen', weight: 1.6 },
        { label: '知的財産', kind: 'integer', weight: 0.9 },
        { label: '新製品', kind: 'integer', weight: 0.9 },
      ],
      rows: [row('入居企業', residents), row('卒業企業', alumni), row('合計', [...residents, ...alumni])],
      total: true,
    },
  };
}

function alumniSection(
  alumni: { tenantId: string; name: string; graduatedOn: string }[],
  answered: Set<string>,
  yearEnd: string,
): ReportSection {
  return {
    key: '卒業企業フォローアップ',
    heading: `卒業企業のフォローアップ（卒業後5年以内 ${alumni.length}社、うち回答 ${answered.size}社）`,
    table: {
      columns: [
        { label: '企業名', kind: 'text', weight: 3 },
        { label: '卒業日', kind: 'text' },
        { label: '卒業後（年）', kind: 'integer' },
        { label: '今年度の回答', kind: 'text' },
      ],
      rows: alumni.map((a) => [
        a.name,
        a.graduatedOn,
        Math.floor(daysBetween(a.graduatedOn, addDays(yearEnd, 1)) / 365.25),
        answered.has(a.tenantId) ? '回答あり' : '未回答',
      ]),
    },
  };
}

function sum(rows: KpiTenantTotals[], key: keyof Omit<KpiTenantTotals, 'tenantId'>): number {
  return rows.reduce((s, r) => s + r[key], 0);
}

function minDay(a: string, b: string): string {
  return a < b ? a : b;
}
