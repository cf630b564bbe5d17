import { dayBounds, monthBounds, startOfDayIn } from './facility-day';

describe('facility days', () => {
  it('starts a Tokyo day at 15:00 UTC the day before', () => {
    expect(startOfDayIn('2027-04-01', 'Asia/Tokyo').toISOString()).toBe('2027-03-31T15:00:00.000Z');
  });

  it('starts a Honolulu day at 10:00 UTC', () => {
    const { from, to } = dayBounds('2027-04-01', 'Pacific/Honolulu');
    expect(from.toISOString()).toBe('2027-04-01T10:00:00.000Z');
    expect(to.toISOString()).toBe('2027-04-02T10:00:00.000Z');
  });

  it('gives month bounds, leap years included', () => {
    expect(monthBounds('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthBounds('2027-12')).toEqual({ from: '2027-12-01', to: '2027-12-31' });
  });
});
