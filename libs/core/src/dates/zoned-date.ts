import { DomainError } from '../domain-error';
import { clockNow } from './clock';
import { toLocalDate, type IsoDate } from './calendar-date';
import { CoreError } from '../errors';

/** The facility time zone unless a facility says otherwise. */
export const DEFAULT_TIME_ZONE = 'Asia/Tokyo';

// An instant must carry its offset; a bare local time would be read in the server's zone.
const ISO_INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const formatters = new Map<string, Intl.DateTimeFormat>();

/** Parses an instant given as a valid Date or an ISO string with an offset ('Z' or '+09:00'). */
export function parseInstant(value: unknown, field: string): Date {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value;
  if (typeof value === 'string' && ISO_INSTANT.test(value)) {
    // Date() rolls 2027-02-30 over to March; the calendar part must be a real day.
    toLocalDate(value.slice(0, 10), field);
    const parsed = new Date(value);
    if (!Number.isNaN(parsed.getTime())) return parsed;
  }
  throw DomainError.invalid(
    CoreError.InstantFormat,
    field,
    `${field} must be an instant with an offset, like 2027-04-01T09:00:00+09:00.`,
    { field },
  );
}

/** The calendar date an instant falls on in `timeZone` (an IANA name such as 'Asia/Tokyo'). */
export function dateInZone(instant: Date | string, timeZone: string = DEFAULT_TIME_ZONE): IsoDate {
  const at = parseInstant(instant, 'instant');
  const parts = formatterFor(timeZone).formatToParts(at);
  const part = (type: string): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

/** Today's calendar date in `timeZone`, judged at `now`. */
export function todayIn(timeZone: string = DEFAULT_TIME_ZONE, now: Date = clockNow()): IsoDate {
  if (!(now instanceof Date) || Number.isNaN(now.getTime())) {
    throw DomainError.invalid(CoreError.NowInvalid, 'now', 'now must be a valid Date.');
  }
  return dateInZone(now, timeZone);
}

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  const cached = formatters.get(timeZone);
  if (cached) return cached;
  let formatter: Intl.DateTimeFormat;
  try {
    if (typeof timeZone !== 'string' || timeZone === '') throw new RangeError('empty');
    formatter = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' });
  } catch {
    throw DomainError.invalid(
      CoreError.TimeZoneUnknown,
      'timeZone',
      `timeZone must be an IANA time zone such as Asia/Tokyo: ${String(timeZone)}.`,
      { timeZone: String(timeZone) },
    );
  }
  formatters.set(timeZone, formatter);
  return formatter;
}
