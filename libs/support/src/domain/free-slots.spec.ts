import { DomainError } from '@tamago/core';
import { freeSlots, parseFreeSlotRange, zonedInstant, zonedIso } from './free-slots';

const TZ = 'Asia/Tokyo';
const LONG_AGO = new Date('2000-01-01T00:00:00Z');
// 2027-06-07 is a Monday.
const weekly = { weekly: [{ weekday: 1, start: '10:00', end: '12:00' }], slots: [] };
const range = (from: string, to: string, durationMinutes = 60) => parseFreeSlotRange(from, to, durationMinutes);
const busy = (startsAt: string, endsAt: string) => ({ startsAt: new Date(startsAt), endsAt: new Date(endsAt) });

function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (e) {
    return (e as DomainError).details.errors?.[0]?.field;
  }
  return undefined;
}

describe('parseFreeSlotRange', () => {
  it('defaults the duration to 60 minutes and accepts 31 days counting both ends', () => {
    expect(parseFreeSlotRange('2027-06-01', '2027-07-01', undefined)).toEqual({
      from: '2027-06-01',
      to: '2027-07-01',
      durationMinutes: 60,
    });
  });

  it.each([
    ['2027-06-01', '2027-07-02', 60, 'to'],
    ['2027-06-02', '2027-06-01', 60, 'to'],
    ['2027-06-31', '2027-07-01', 60, 'from'],
    ['2027-06-01', 'tomorrow', 60, 'to'],
    ['2027-06-01', '2027-06-02', 50, 'durationMinutes'],
    ['2027-06-01', '2027-06-02', 0, 'durationMinutes'],
    ['2027-06-01', '2027-06-02', 255, 'durationMinutes'],
    ['2027-06-01', '2027-06-02', 7.5, 'durationMinutes'],
  ])('refuses %s..%s for %s minutes naming %s', (from, to, minutes, field) => {
    expect(fieldOf(() => parseFreeSlotRange(from, to, minutes))).toBe(field);
  });
});

describe('freeSlots', () => {
  it('cuts a weekly window into back-to-back slots on the matching weekday only, as UTC instants', () => {
    expect(freeSlots(weekly, [], range('2027-06-06', '2027-06-14'), TZ, LONG_AGO)).toEqual([
      { startsAt: '2027-06-07T01:00:00.000Z', endsAt: '2027-06-07T02:00:00.000Z' },
      { startsAt: '2027-06-07T02:00:00.000Z', endsAt: '2027-06-07T03:00:00.000Z' },
      { startsAt: '2027-06-14T01:00:00.000Z', endsAt: '2027-06-14T02:00:00.000Z' },
      { startsAt: '2027-06-14T02:00:00.000Z', endsAt: '2027-06-14T03:00:00.000Z' },
    ]);
  });

  it('drops a tail shorter than the duration', () => {
    const starts = freeSlots(weekly, [], range('2027-06-07', '2027-06-07', 45), TZ, LONG_AGO).map((s) => s.startsAt);
    expect(starts).toEqual(['2027-06-07T01:00:00.000Z', '2027-06-07T01:45:00.000Z']);
  });

  it('removes exactly the slots a busy time overlaps; touching ends do not overlap', () => {
    const slots = freeSlots(
      { weekly: [{ weekday: 1, start: '09:00', end: '13:00' }], slots: [] },
      [
        busy('2027-06-07T01:30:00.000Z', '2027-06-07T02:00:00.000Z'),
        busy('2027-06-07T03:00:00Z', '2027-06-07T03:30:00Z'),
      ],
      range('2027-06-07', '2027-06-07'),
      TZ,
      LONG_AGO,
    );
    expect(slots.map((s) => s.startsAt)).toEqual(['2027-06-07T00:00:00.000Z', '2027-06-07T02:00:00.000Z']);
  });

  it('drops slots that start before notBefore, including one already under way', () => {
    const slots = freeSlots(weekly, [], range('2027-06-07', '2027-06-07'), TZ, new Date('2027-06-07T01:01:00.000Z'));
    expect(slots.map((s) => s.startsAt)).toEqual(['2027-06-07T02:00:00.000Z']);
  });

  it('cuts explicit free windows, keeps those starting on a local date in range, and merges duplicates', () => {
    const availability = {
      weekly: weekly.weekly,
      slots: [
        { startsAt: '2027-06-07T01:00:00Z', endsAt: '2027-06-07T03:00:00Z' }, // 10:00–12:00 JST again
        { startsAt: '2027-06-08T14:30:00Z', endsAt: '2027-06-08T16:00:00Z' }, // 23:30 on the 8th → 01:00 on the 9th
        { startsAt: '2027-06-09T15:00:00Z', endsAt: '2027-06-09T16:00:00Z' }, // 00:00 on the 10th: out of range
      ],
    };
    expect(freeSlots(availability, [], range('2027-06-07', '2027-06-09'), TZ, LONG_AGO)).toEqual([
      { startsAt: '2027-06-07T01:00:00.000Z', endsAt: '2027-06-07T02:00:00.000Z' },
      { startsAt: '2027-06-07T02:00:00.000Z', endsAt: '2027-06-07T03:00:00.000Z' },
      { startsAt: '2027-06-08T14:30:00.000Z', endsAt: '2027-06-08T15:30:00.000Z' },
    ]);
  });

  it('reads a window ending at 24:00 up to midnight', () => {
    const late = { weekly: [{ weekday: 7, start: '22:00', end: '24:00' }], slots: [] };
    expect(freeSlots(late, [], range('2027-06-13', '2027-06-13', 120), TZ, LONG_AGO)).toEqual([
      { startsAt: '2027-06-13T13:00:00.000Z', endsAt: '2027-06-13T15:00:00.000Z' },
    ]);
  });

  it('answers nothing for an advisor without availability', () => {
    expect(freeSlots({ weekly: [], slots: [] }, [], range('2027-06-01', '2027-06-30'), TZ, LONG_AGO)).toEqual([]);
  });
});

describe('zoned instants', () => {
  it('places local times in Tokyo and in a zone with daylight saving', () => {
    expect(zonedInstant('2027-06-07', 600, TZ).toISOString()).toBe('2027-06-07T01:00:00.000Z');
    expect(zonedInstant('2027-07-01', 600, 'Europe/Berlin').toISOString()).toBe('2027-07-01T08:00:00.000Z');
    expect(zonedInstant('2027-01-01', 600, 'Europe/Berlin').toISOString()).toBe('2027-01-01T09:00:00.000Z');
    expect(zonedIso(new Date('2027-07-01T08:00:00Z'), 'Europe/Berlin')).toBe('2027-07-01T10:00:00+02:00');
    expect(zonedIso(new Date('2027-06-06T15:00:00Z'), TZ)).toBe('2027-06-07T00:00:00+09:00');
  });
});
