import type { Language } from '@/lib/i18n/i18n';

// en-US gives the half-width ¥ in both languages (ja-JP would print the full-width ￥).
const yen = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'JPY' });
const count = new Intl.NumberFormat('ja-JP');

/** Integer yen as ¥1,234 (negative as -¥1,234). */
export function formatYen(amount: number): string {
  return yen.format(amount);
}

export function formatNumber(n: number): string {
  return count.format(n);
}

export function formatPercent(ratio: number, digits = 1): string {
  return `${(ratio * 100).toFixed(digits)}%`;
}

/**
 * A business date (YYYY-MM-DD, or an ISO instant shown in the facility's time zone) as 2027年1月16日 in
 * Japanese and 2027-01-16 in English. No era.
 */
export function formatDate(value: string | null | undefined, lang: Language, timeZone = 'Asia/Tokyo'): string {
  if (!value) return '';
  const [y, m, d] = /^\d{4}-\d{2}-\d{2}$/.test(value) ? value.split('-').map(Number) : partsOf(value, timeZone);
  if (lang === 'ja') return `${y}年${m}月${d}日`;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** An instant as date and time in the facility's time zone: 2027年1月16日 14:05 / 2027-01-16 14:05. */
export function formatDateTime(iso: string | null | undefined, lang: Language, timeZone = 'Asia/Tokyo'): string {
  if (!iso) return '';
  const time = new Intl.DateTimeFormat('en-GB', { timeZone, hour: '2-digit', minute: '2-digit', hour12: false }).format(
    new Date(iso),
  );
  return `${formatDate(iso, lang, timeZone)} ${time}`;
}

function partsOf(iso: string, timeZone: string): number[] {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' })
    .format(new Date(iso))
    .split('-');
  return parts.map(Number);
}

/**
 * An occupancy rate as the API gives it ('91.43%') shown as a whole percent (91%); a rate that rounds to
 * 0% or 100% without being exactly that keeps one decimal (99.6%, 0.4%), so "full" and "empty" stay true.
 */
export function formatRate(rate: string | null | undefined): string {
  if (!rate) return '—';
  const n = Number.parseFloat(rate);
  if (!Number.isFinite(n)) return rate;
  const whole = Math.round(n);
  if ((whole === 100 && n < 100) || (whole === 0 && n > 0)) return `${n.toFixed(1)}%`;
  return `${whole}%`;
}
