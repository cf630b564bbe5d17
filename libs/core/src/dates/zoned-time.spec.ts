import { instantIn, isTimeZone, localMomentIn, startOfDayIn, zonedIsoIn } from './zoned-time';

describe('zoned time', () => {
  it('reads an instant on the wall clock of a zone', () => {
    expect(localMomentIn(new Date('2027-03-31T15:05:00Z'), 'Asia/Tokyo')).toEqual({
      date: '2027-04-01',
      time: '00:05',
      weekday: 4,
      minutes: 5,
    });
    expect(localMomentIn(new Date('2027-07-01T03:00:00Z'), 'America/New_York').date).toBe('2027-06-30');
  });

  it('finds the instant of a local date and time, 24:00 and beyond rolling into the next day', () => {
    expect(instantIn('2027-04-01', 600, 'Asia/Tokyo').toISOString()).toBe('2027-04-01T01:00:00.000Z');
    expect(instantIn('2027-04-01', 24 * 60 + 30, 'Asia/Tokyo').toISOString()).toBe('2027-04-01T15:30:00.000Z');
    // 02:30 does not exist in Berlin on 2027-03-28; the skipped hour moves forward.
    expect(instantIn('2027-03-28', 150, 'Europe/Berlin').toISOString()).toBe('2027-03-28T01:30:00.000Z');
  });

  it('starts a day at midnight, or after a gap at midnight', () => {
    expect(startOfDayIn('2027-04-01', 'Asia/Tokyo').toISOString()).toBe('2027-03-31T15:00:00.000Z');
    // Santiago springs forward at 00:00 on 2027-09-05: the day starts at 01:00 local.
    expect(startOfDayIn('2027-09-05', 'America/Santiago').toISOString()).toBe('2027-09-05T04:00:00.000Z');
  });

  it('writes an instant with its offset, to the second', () => {
    expect(zonedIsoIn(new Date('2027-06-01T01:00:00.999Z'), 'Asia/Tokyo')).toBe('2027-06-01T10:00:00+09:00');
    expect(zonedIsoIn(new Date('2027-01-01T00:00:00Z'), 'UTC')).toBe('2027-01-01T00:00:00+00:00');
    expect(zonedIsoIn(new Date('2027-01-01T12:00:00Z'), 'America/New_York')).toBe('2027-01-01T07:00:00-05:00');
  });

  it('knows IANA names', () => {
    expect(isTimeZone('Asia/Tokyo')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });
});
