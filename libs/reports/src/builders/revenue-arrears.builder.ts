import { Injectable } from '@nestjs/common';
import { InvoicesService } from '@tamago/billing';
import { ArrearsService, PaymentService, AGING_BUCKETS } from '@tamago/payments';
import { AGING_LABELS, REPORT_TITLES } from '../labels';
import { monthBounds } from '../facility-day';
import type { ReportDocument } from '../report-document';
import { formatCell } from '../render/format';
import type { BuildContext, ReportBuilder } from './builder';
import { monthsEnding, percent, rangeOf } from './scope';

/**
 * revenue-arrears: what was billed for each of the twelve service months up to the period and
 * what was received in each, then receivables aging at the end of the period and the tenants in arrears.
 */
@Injectable()
export class RevenueArrearsBuilder implements ReportBuilder {
  constructor(
    private readonly invoices: InvoicesService,
    private readonly payments: PaymentService,
    private readonly arrears: ArrearsService,
  ) {}

  async build(ctx: BuildContext): Promise<ReportDocument> {
    const range = rangeOf(ctx.request, ctx.today, ctx.timeZone, ctx.fiscalYearStartMonth);
    const period = ctx.request.period!;
    const months = monthsEnding(period, 12);
    const billed = new Map(
      (await this.invoices.periodTotals(ctx.facilityId, months[0], period)).map((t) => [t.period, t]),
    );
    await ctx.progress(30);
    const received = new Map(
      (await this.payments.monthlyTotals(ctx.facilityId, monthBounds(months[0]).from, range.to)).map((t) => [
        t.period,
        t,
      ]),
    );
    await ctx.progress(50);
    const report = await this.arrears.report(ctx.facilityId, range.asOf);
    await ctx.progress(70);
    const rows = months.map((m) => {
      const b = billed.get(m);
      const r = received.get(m);
      return [label(m), b?.invoices ?? 0, b?.billed ?? 0, b?.paid ?? 0, r?.received ?? 0, r?.refunded ?? 0];
    });
    const sum = (i: number) => rows.reduce((s, r) => s + (r[i] as number), 0);
    const current = billed.get(period);
    const currentReceived = received.get(period);
    const overdue = report.totals.total - report.totals.current;
    const title = REPORT_TITLES['revenue-arrears'];
    return {
      title: title.ja,
      titleEn: title.en,
      facilityName: ctx.facilityName,
      scopeLabel: range.label,
      asOf: range.asOf,
      generatedAt: new Date(),
      fileStem: `revenue-arrears-${range.stem}`,
      summary: [
        { label: '当月請求額', value: formatCell(current?.billed ?? 0, 'yen') },
        { label: '当月入金額', value: formatCell(currentReceived?.received ?? 0, 'yen') },
        {
          label: '当月請求の回収率',
          value: formatCell(percent(current?.paid ?? 0, current?.billed ?? 0), 'percent'),
        },
        { label: '未収金残高', value: formatCell(report.totals.total, 'yen') },
        { label: 'うち期日超過', value: formatCell(overdue, 'yen') },
        { label: '未収のある入居企業', value: `${report.tenants.length}社` },
      ],
      sections: [
        {
          key: '月別請求入金',
          heading: '月別 請求額と入金額（直近12か月）',
          note: '請求額はサービス提供月ごとの発行済請求書（取消を除く）、入金額はその月に受領した入金です。',
          chart: {
            kind: 'bar',
            categories: months.map(shortLabel),
            series: [
              { name: '請求額', data: rows.map((r) => Math.round((r[2] as number) / 1000)) },
              { name: '入金額', data: rows.map((r) => Math.round((r[4] as number) / 1000)) },
            ],
            unit: '千円',
          },
          table: {
            columns: [
              { label: '月', kind: 'text', weight: 1.4 },
              { label: '請求件数', kind: 'integer' },
              { label: '請求額', kind: 'yen', weight: 1.4 },
              { label: 'うち入金済', kind: 'yen', weight: 1.4 },
              { label: '入金額（受領）', kind: 'yen', weight: 1.4 },
              { label: '返金額', kind: 'yen', weight: 1.2 },
            ],
            rows: [...rows, ['合計', sum(1), sum(2), sum(3), sum(4), sum(5)]],
            total: true,
          },
        },
        {
          key: '未収金年齢別',
          heading: `未収金の年齢別内訳（${range.asOf}時点）`,
          table: {
            columns: [
              { label: '区分', kind: 'text' },
              { label: '金額', kind: 'yen' },
              { label: '構成比', kind: 'percent' },
            ],
            rows: [
              ...AGING_BUCKETS.map((b) => [
                AGING_LABELS[b],
                report.totals[b],
                percent(report.totals[b], report.totals.total),
              ]),
              ['合計', report.totals.total, report.totals.total > 0 ? 100 : null],
            ],
            total: true,
          },
        },
        {
          key: '未収先一覧',
          heading: '未収のある入居企業',
          table: {
            columns: [
              { label: '入居企業', kind: 'text', weight: 2.6 },
              { label: '未収残高', kind: 'yen', weight: 1.3 },
              { label: '期日前', kind: 'yen', weight: 1.2 },
              { label: '1〜30日', kind: 'yen', weight: 1.2 },
              { label: '31〜60日', kind: 'yen', weight: 1.2 },
              { label: '61〜90日', kind: 'yen', weight: 1.2 },
              { label: '90日超', kind: 'yen', weight: 1.2 },
              { label: '督促段階', kind: 'integer', weight: 0.9 },
            ],
            rows: report.tenants.map((t) => [
              t.tenantName,
              t.balance,
              t.aging.current,
              t.aging.d1_30,
              t.aging.d31_60,
              t.aging.d61_90,
              t.aging.over_90,
              t.dunningLevel,
            ]),
          },
        },
      ],
      notes: [
        '金額はすべて円（税込）です。',
        `未収金は${range.asOf}時点で期日を基準に区分しています（現在未収の請求書が対象です）。`,
      ],
    };
  }
}

function label(period: string): string {
  const [y, m] = period.split('-').map(Number);
  return `${y}年${m}月`;
}

function shortLabel(period: string): string {
  const [y, m] = period.split('-').map(Number);
  return m === 1 || period.endsWith('-04') ? `${y}/${m}` : `${m}月`;
}
