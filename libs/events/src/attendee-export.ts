import { localMomentIn, writeCsv } from '@tamago/core';
import type { EventRegistration } from './event-registration.entity';

const HEADERS = ['氏名', '会社名', '区分', 'メールアドレス', '状態', '受付日時', 'チェックイン日時'];
const STATUS_JA: Record<string, string> = {
  confirmed: '参加確定',
  waitlisted: 'キャンセル待ち',
  cancelled: 'キャンセル',
};

/**
 * The attendee list as CSV: UTF-8 with a byte-order mark so that Excel on Japanese Windows
 * opens it without garbling, Japanese headers, times in the facility's time zone.
 */
export function attendeeCsv(
  rows: { registration: EventRegistration; company: string }[],
  timeZone = 'Asia/Tokyo',
): string {
  const records = rows.map(({ registration: r, company }) => [
    r.attendeeName,
    company,
    r.tenantId ? '入居企業' : 'ゲスト',
    r.email ?? '',
    STATUS_JA[r.status],
    localTime(r.registeredAt, timeZone),
    r.checkedInAt ? localTime(r.checkedInAt, timeZone) : '',
  ]);
  return '\uFEFF' + writeCsv([HEADERS, ...records]);
}

/** 'YYYY-MM-DD HH:mm' in `timeZone`. */
export function localTime(at: Date, timeZone: string): string {
  const { date, time } = localMomentIn(at, timeZone);
  return `${date} ${time}`;
}
