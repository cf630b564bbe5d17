import { Injectable } from '@nestjs/common';
import { OccupancyService, parseAreaSqm, type SpaceOccupancy } from '@tamago/leasing';
import type { CellValue, ReportColumn, ReportDocument } from '../report-document';
import { REPORT_TITLES } from '../labels';
import { formatCell } from '../render/format';
import type { BuildContext, ReportBuilder } from './builder';
import { percent, rangeOf } from './scope';

const COLUMNS = (first: string): ReportColumn[] => [
  { label: first, kind: 'text', weight: 2.2 },
  { label: '室数', kind: 'integer' },
  { label: '入居室数', kind: 'integer' },
  { label: '空室数', kind: 'integer' },
  { label: '入居率（室数）', kind: 'percent', weight: 1.3 },
  { label: '面積（㎡）', kind: 'decimal', weight: 1.2 },
  { label: '入居面積（㎡）', kind: 'decimal', weight: 1.3 },
  { label: '入居率（面積）', kind: 'percent', weight: 1.3 },
];

interface Tally {
  rooms: number;
  occupied: number;
  centi: number;
  occupiedCenti: number;
}

/** monthly-occupancy: rooms and area let at the end of the month, by room type and by floor, and the vacant rooms. */
@Injectable()
export class MonthlyOccupancyBuilder implements ReportBuilder {
  constructor(private readonly occupancy: OccupancyService) {}

  async build(ctx: BuildContext): Promise<ReportDocument> {
    const range = rangeOf(ctx.request, ctx.today, ctx.timeZone, ctx.fiscalYearStartMonth);
    const spaces = await this.occupancy.bySpace(ctx.facilityId, range.asOf);
    await ctx.progress(40);
    const total = tally(spaces);
    const byType = group(spaces, (s) => s.roomType || s.roomTypeCode);
    const byFloor = group(spaces, (s) => (s.floor ? `${s.floor}` : '（未設定）'));
    const vacant = spaces.filter((s) => s.tenantId === null);
    const tenants = new Set(spaces.map((s) => s.tenantId).filter((t) => t !== null)).size;
    const title = REPORT_TITLES['monthly-occupancy'];
    return {
      title: title.ja,
      titleEn: title.en,
      facilityName: ctx.facilityName,
      scopeLabel: range.label,
      asOf: range.asOf,
      generatedAt: new Date(),
      fileStem: `monthly-occupancy-${range.stem}`,
      summary: [
        { label: '入居率（室数）', value: formatCell(percent(total.occupied, total.rooms), 'percent') },
        { label: '入居率（面積）', value: formatCell(percent(total.occupiedCenti, total.centi), 'percent') },
        { label: '入居室数 / 室数', value: `${total.occupied} / ${total.rooms}` },
        { label: '空室数', value: String(total.rooms - total.occupied) },
        { label: '入居面積 / 総面積（㎡）', value: `${sqm(total.occupiedCenti)} / ${sqm(total.centi)}` },
        { label: '入居企業数', value: String(tenants) },
      ],
      sections: [
        {
          key: '部屋タイプ別',
          heading: '部屋タイプ別 入居状況',
          chart: {
            kind: 'bar',
            categories: [...byType.keys()],
            series: [
              { name: '入居率（室数）', data: [...byType.values()].map((t) => percent(t.occupied, t.rooms) ?? 0) },
            ],
            unit: '%',
            max: 100,
          },
          table: { columns: COLUMNS('部屋タイプ'), rows: [...rows(byType), row('合計', total)], total: true },
        },
        {
          key: 'フロア別',
          heading: 'フロア別 入居状況',
          table: { columns: COLUMNS('フロア'), rows: [...rows(byFloor), row('合計', total)], total: true },
        },
        {
          key: '空室一覧',
          heading: `空室一覧（${vacant.length}室）`,
          table: {
            columns: [
              { label: '居室', kind: 'text' },
              { label: '部屋タイプ', kind: 'text' },
              { label: 'フロア', kind: 'text' },
              { label: '面積（㎡）', kind: 'decimal' },
            ],
            rows: vacant.map((s) => [s.code, s.roomType, s.floor ?? '', parseAreaSqm(s.areaSqm, 'areaSqm') / 100]),
          },
        },
      ],
      notes: [
        `入居状況は${range.asOf}時点の契約（締結済・有効・終了・解約済）によります。使用停止中の居室は室数に含めません。`,
        '入居率は小数第3位以下を切り捨てています。',
      ],
    };
  }
}

function tally(spaces: SpaceOccupancy[]): Tally {
  const t: Tally = { rooms: 0, occupied: 0, centi: 0, occupiedCenti: 0 };
  for (const s of spaces) {
    const centi = parseAreaSqm(s.areaSqm, 'areaSqm');
    t.rooms += 1;
    t.centi += centi;
    if (s.tenantId !== null) {
      t.occupied += 1;
      t.occupiedCenti += centi;
    }
  }
  return t;
}

function group(spaces: SpaceOccupancy[], key: (s: SpaceOccupancy) => string): Map<string, Tally> {
  const groups = new Map<string, SpaceOccupancy[]>();
  for (const s of spaces) groups.set(key(s), [...(groups.get(key(s)) ?? []), s]);
  return new Map([...groups].sort(([a], [b]) => a.localeCompare(b, 'ja')).map(([k, v]) => [k, tally(v)]));
}

function rows(groups: Map<string, Tally>): CellValue[][] {
  return [...groups].map(([k, t]) => row(k, t));
}

function row(label: string, t: Tally): CellValue[] {
  return [
    label,
    t.rooms,
    t.occupied,
    t.rooms - t.occupied,
    percent(t.occupied, t.rooms),
    t.centi / 100,
    t.occupiedCenti / 100,
    percent(t.occupiedCenti, t.centi),
  ];
}

function sqm(centi: number): string {
  return (centi / 100).toLocaleString('ja-JP', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
}
