import { instantAt, localMoment } from './schedule-clock';
import { nextOccasion } from './schedule-runner.service';

describe('schedule clock', () => {
  it('09:00 in Tokyo and in Honolulu are different instants', () => {
    expect(instantAt('2027-01-20', '09:00', 'Asia/Tokyo').toISOString()).toBe('2027-01-20T00:00:00.000Z');
    expect(instantAt('2027-01-20', '09:00', 'Pacific/Honolulu').toISOString()).toBe('2027-01-20T19:00:00.000Z');
    expect(localMoment(new Date('2027-01-20T00:00:00Z'), 'Pacific/Honolulu')).toEqual({
      date: '2027-01-19',
      time: '14:00',
    });
  });

  it('finds the next occasion after a moment, in the facility zone', () => {
    const daily = {
      kind: 'k',
      description: '',
      defaults: { localTime: '09:00' },
      firesOn: () => true,
      start: async () => {},
    };
    const ctx = { facilityId: 'f', timeZone: 'Asia/Tokyo', localTime: '09:00', dayOfMonth: null, options: {} };
    expect(nextOccasion(daily, ctx, new Date('2027-01-20T00:00:00Z'))?.date).toBe('2027-01-21');
    expect(nextOccasion(daily, ctx, new Date('2027-01-19T23:59:00Z'))?.date).toBe('2027-01-20');
  });
});
