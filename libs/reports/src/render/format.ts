import { localMomentIn } from '@tamago/core';
import type { CellKind, CellValue } from '../report-document';

const yen = new Intl.NumberFormat('ja-JP', { style: 'currency', currency: 'JPY' });
const integer = new Intl.NumberFormat('ja-JP');

/** A cell as printed: ¥1,234, 1,234, 91.50%, text as is, empty for null. */
export function formatCell(value: CellValue, kind: CellKind): string {
  if (value === null || value === '') return kind === 'text' ? '' : '—';
  if (typeof value === 'string') return value;
  switch (kind) {
    case 'yen':
      return yen.format(value).replace('￥', '¥');
    case 'integer':
      return integer.format(value);
    case 'percent':
      return `${value.toFixed(2)}%`;
    case 'decimal':
      return value.toLocaleString('ja-JP', { minimumFractionDigits: 2, maximumFractionDigits: 2 });
    default:
      return String(value);
  }
}

/** 2027年1月16日 */
export function japaneseDate(iso: string): string {
  const [y, m, d] = iso.split('-').map(Number);
  return d ? `${y}年${m}月${d}日` : `${y}年${m}月`;
}

/** 2027年1月16日 10:05 in the given time zone. */
export function japaneseDateTime(at: Date, timeZone: string): string {
  const { date, time } = localMomentIn(at, timeZone);
  return `${japaneseDate(date)} ${time}`;
}
