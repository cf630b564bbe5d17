/** The facility's time zone is Asia/Tokyo, which has no daylight saving: local time is UTC + 9 h. */
const OFFSET_MS = 9 * 3_600_000;
const DAY_MS = 86_400_000;

/** ISO weekday, Monday = 1 … Sunday = 7 (the API's weekly slots use the same numbers). */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;
export const WEEKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 7];

/** The Monday (YYYY-MM-DD) of the week holding `date`. */
export function mondayOf(date: string): string {
  const d = new Date(`${date}T00:00:00Z`);
  const back = (d.getUTCDay() + 6) % 7;
  return new Date(d.getTime() - back * DAY_MS).toISOString().slice(0, 10);
}

export function addDays(date: string, days: number): string {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * DAY_MS).toISOString().slice(0, 10);
}

/** The seven dates of the week starting on `monday`. */
export function weekDays(monday: string): string[] {
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

/** An instant in Tokyo: its calendar date and minutes after midnight. */
export function tokyoParts(iso: string): { date: string; minutes: number } {
  const local = new Date(Date.parse(iso) + OFFSET_MS);
  return { date: local.toISOString().slice(0, 10), minutes: local.getUTCHours() * 60 + local.getUTCMinutes() };
}

/** The first instant of a Tokyo calendar date, as ISO with the offset. */
export function tokyoStart(date: string): string {
  return `${date}T00:00:00+09:00`;
}

/** Today in Tokyo. */
export function tokyoToday(now = Date.now()): string {
  return new Date(now + OFFSET_MS).toISOString().slice(0, 10);
}

/** "09:30" → 570. */
export function toMinutes(hhmm: string): number {
  const [h, m] = hhmm.split(':').map(Number);
  return h * 60 + m;
}

export function hhmm(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}
