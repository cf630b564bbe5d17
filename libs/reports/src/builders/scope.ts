import { addDays, fiscalYearRange, minDate } from '@tamago/core';
import { monthBounds, startOfDayIn } from '../facility-day';
import type { ReportRequest } from '../report-request';

/** The days a report covers, the day its stock figures stand on (never after today) and its labels. */
export interface ReportRange {
  from: string;
  to: string;
  asOf: string;
  label: string;
  stem: string;
  /** [from, to] as instants in the facility's time zone: [start of from, start of the day after to). */
  fromInstant: Date;
  toInstant: Date;
}

export function rangeOf(
  request: ReportRequest,
  today: string,
  timeZone: string,
  fiscalYearStartMonth = 4,
): ReportRange {
  let from: string;
  let to: string;
  let label: string;
  let stem: string;
  if (request.period) {
    ({ from, to } = monthBounds(request.period));
    const [y, m] = request.period.split('-').map(Number);
    label = `${y}年${m}月`;
    stem = request.period;
  } else {
    const fy = request.fiscalYear!;
    ({ start: from, end: to } = fiscalYearRange(fy, fiscalYearStartMonth));
    label = `${fy}年度（${jp(from)}〜${jp(to)}）`;
    stem = `FY${fy}`;
  }
  return {
    from,
    to,
    asOf: minDate(to, today),
    label,
    stem,
    fromInstant: startOfDayIn(from, timeZone),
    toInstant: startOfDayIn(addDays(to, 1), timeZone),
  };
}

function jp(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return `${y}年${m}月${d}日`;
}

/** The `count` months ending with `period`, oldest first. */
export function monthsEnding(period: string, count: number): string[] {
  const [y, m] = period.split('-').map(Number);
  return Array.from({ length: count }, (_, i) => {
    const n = y * 12 + (m - 1) - (count - 1 - i);
    return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
  });
}

/** Share in percent with two decimals, floored like the occupancy figures (null when the whole is 0). */
export function percent(part: number, whole: number): number | null {
  if (whole === 0) return null;
  return Math.floor((part * 10000) / whole) / 100;
}
