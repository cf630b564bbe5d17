import type { CellValue, ReportSection } from '../report-document';
import type { EventStatsRow } from '@tamago/events';
import type { ReferralStatsRow } from '@tamago/partners';
import type { SessionCountRow, SubsidyStatsRow } from '@tamago/support';
import {
  DIRECTION_LABELS,
  EVENT_KIND_LABELS,
  REFERRAL_OUTCOME_LABELS,
  REFERRAL_STATUS_LABELS,
  TOPIC_LABELS,
} from '../labels';

/** Minutes as hours with one decimal. */
export const hours = (minutes: number): number => Math.round(minutes / 6) / 10;

const sumOf = (rows: CellValue[][], i: number) => rows.reduce((s, r) => s + ((r[i] as number) ?? 0), 0);

export function sessionsByAdvisor(rows: SessionCountRow[]): ReportSection {
  const by = new Map<string, { sessions: number; minutes: number }>();
  for (const r of rows) {
    const key = r.advisorName ?? '（施設職員・アドバイザー未設定）';
    const t = by.get(key) ?? { sessions: 0, minutes: 0 };
    t.sessions += r.sessions;
    t.minutes += r.minutes;
    by.set(key, t);
  }
  const body = [...by].map(([k, t]) => [k, t.sessions, t.minutes]);
  return {
    key: '相談_アドバイザー別',
    heading: '相談支援 アドバイザー別',
    table: {
      columns: [
        { label: 'アドバイザー', kind: 'text', weight: 3 },
        { label: '相談件数', kind: 'integer' },
        { label: '対応時間（分）', kind: 'integer' },
      ],
      rows: [...body, ['合計', sumOf(body, 1), sumOf(body, 2)]],
      total: true,
    },
  };
}

export function sessionsByTopic(rows: SessionCountRow[]): ReportSection {
  const by = new Map<string, { sessions: number; minutes: number }>();
  for (const key of Object.keys(TOPIC_LABELS)) by.set(key, { sessions: 0, minutes: 0 });
  for (const r of rows) {
    const t = by.get(r.topic) ?? { sessions: 0, minutes: 0 };
    t.sessions += r.sessions;
    t.minutes += r.minutes;
    by.set(r.topic, t);
  }
  const used = [...by].filter(([, t]) => t.sessions > 0);
  const body = used.map(([k, t]) => [TOPIC_LABELS[k] ?? k, t.sessions, t.minutes]);
  return {
    key: '相談_テーマ別',
    heading: '相談支援 テーマ別',
    chart:
      used.length > 0
        ? {
            kind: 'bar',
            categories: used.map(([k]) => TOPIC_LABELS[k] ?? k),
            series: [{ name: '相談件数', data: used.map(([, t]) => t.sessions) }],
            unit: '件',
          }
        : undefined,
    table: {
      columns: [
        { label: 'テーマ', kind: 'text', weight: 3 },
        { label: '相談件数', kind: 'integer' },
        { label: '対応時間（分）', kind: 'integer' },
      ],
      rows: [...body, ['合計', sumOf(body, 1), sumOf(body, 2)]],
      total: true,
    },
  };
}

export function referralSection(rows: ReferralStatsRow[]): ReportSection {
  const body = rows.map((r) => [
    DIRECTION_LABELS[r.direction] ?? r.direction,
    REFERRAL_STATUS_LABELS[r.status] ?? r.status,
    r.outcome ? (REFERRAL_OUTCOME_LABELS[r.outcome] ?? r.outcome) : '',
    r.count,
  ]);
  return {
    key: '紹介連携',
    heading: '紹介・連携（支援機関との連携）',
    note: '期間中に登録した紹介の、現在の状態と結果です。',
    table: {
      columns: [
        { label: '区分', kind: 'text', weight: 2 },
        { label: '状態', kind: 'text' },
        { label: '結果', kind: 'text' },
        { label: '件数', kind: 'integer' },
      ],
      rows: [...body, ['合計', '', '', sumOf(body, 3)]],
      total: true,
    },
  };
}

export function subsidySection(rows: SubsidyStatsRow[]): ReportSection {
  const body = rows.map((r) => [
    r.programName,
    r.applied,
    r.adopted,
    r.granted,
    r.decidedAmount,
    r.paid,
    r.paidAmount,
    r.open,
  ]);
  return {
    key: '補助金',
    heading: '補助金の申請・採択支援',
    note: '申請・採択・交付決定・入金は期間中のその日付で数えます。進行中は現在の件数です。',
    table: {
      columns: [
        { label: '補助金', kind: 'text', weight: 2.6 },
        { label: '申請', kind: 'integer', weight: 0.8 },
        { label: '採択', kind: 'integer', weight: 0.8 },
        { label: '交付決定', kind: 'integer', weight: 0.9 },
        { label: '交付決定額', kind: 'yen', weight: 1.5 },
        { label: '入金', kind: 'integer', weight: 0.8 },
        { label: '入金額', kind: 'yen', weight: 1.5 },
        { label: '進行中', kind: 'integer', weight: 0.9 },
      ],
      rows: [...body, ['合計', ...[1, 2, 3, 4, 5, 6, 7].map((i) => sumOf(body, i))]],
      total: true,
    },
  };
}

export function eventSection(rows: EventStatsRow[]): ReportSection {
  const body = rows.map((r) => [EVENT_KIND_LABELS[r.kind] ?? r.kind, r.events, r.registrations, r.attended]);
  return {
    key: 'イベント',
    heading: 'イベント・交流会',
    table: {
      columns: [
        { label: '種類', kind: 'text', weight: 2 },
        { label: '開催数', kind: 'integer' },
        { label: '申込者数', kind: 'integer' },
        { label: '参加者数', kind: 'integer' },
      ],
      rows: [...body, ['合計', sumOf(body, 1), sumOf(body, 2), sumOf(body, 3)]],
      total: true,
    },
  };
}
