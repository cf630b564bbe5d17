import { midnightIn } from './zoned-midnight';

describe('midnightIn', () => {
  it('places a Tokyo date at 15:00 UTC the day before', () => {
    expect(midnightIn('2026-04-01', 'Asia/Tokyo')).toBe('2026-03-31T15:00:00.000Z');
  });
  it('is UTC midnight in UTC', () => {
    expect(midnightIn('2026-04-01', 'UTC')).toBe('2026-04-01T00:00:00.000Z');
  });
});
