import { DomainError } from '../domain-error';
import { dateInZone, parseInstant, todayIn } from './zoned-date';

function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error.details.errors?.[0].field;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('todayIn', () => {
  // 2027-03-31T15:00Z is 2027-04-01T00:00 in Tokyo (UTC+9, no daylight saving).
  const tokyoMidnight = new Date('2027-03-31T15:00:00Z');

  it('gives the date in Tokyo, not in UTC', () => {
    expect(todayIn('Asia/Tokyo', tokyoMidnight)).toBe('2027-04-01');
    expect(todayIn('UTC', tokyoMidnight)).toBe('2027-03-31');
  });

  it('defaults to Asia/Tokyo', () => {
    expect(todayIn(undefined, new Date('2027-03-31T14:59:59.999Z'))).toBe('2027-03-31');
    expect(todayIn(undefined, tokyoMidnight)).toBe('2027-04-01');
  });

  it('follows daylight saving in other zones', () => {
    // New York is UTC-4 in July: 2027-07-01T03:00Z is still 30 June there.
    expect(todayIn('America/New_York', new Date('2027-07-01T03:00:00Z'))).toBe('2027-06-30');
  });

  it('refuses an unknown zone and an invalid Date', () => {
    expect(fieldOf(() => todayIn('Mars/Olympus', tokyoMidnight))).toBe('timeZone');
    expect(fieldOf(() => todayIn('', tokyoMidnight))).toBe('timeZone');
    expect(fieldOf(() => todayIn('Asia/Tokyo', new Date('nope')))).toBe('now');
  });
});

describe('dateInZone and parseInstant', () => {
  it('reads ISO instants with an offset', () => {
    expect(dateInZone('2027-04-01T08:59:00+09:00')).toBe('2027-04-01');
    expect(dateInZone('2027-03-31T23:30:00Z')).toBe('2027-04-01');
    expect(parseInstant('2027-03-31T23:30:00.123Z', 'at').toISOString()).toBe('2027-03-31T23:30:00.123Z');
  });

  it('refuses an instant without an offset, a bare date and garbage', () => {
    expect(fieldOf(() => parseInstant('2027-03-31T23:30:00', 'startsAt'))).toBe('startsAt');
    expect(fieldOf(() => parseInstant('2027-03-31', 'startsAt'))).toBe('startsAt');
    expect(fieldOf(() => parseInstant('2027-02-30T00:00:00Z', 'startsAt'))).toBe('startsAt');
    expect(fieldOf(() => dateInZone(42 as unknown as string))).toBe('instant');
  });
});
