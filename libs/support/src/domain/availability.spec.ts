import { fitsAvailability, parseAvailability } from './availability';
import { assertSessionTimes, assertTenantMayChange } from './advisory';

describe('advisor availability', () => {
  // 2027-06-01 is a Tuesday (weekday 2).
  const av = parseAvailability({
    weekly: [{ weekday: 2, start: '09:00', end: '12:00' }],
    slots: [{ startsAt: '2027-06-05T13:00:00+09:00', endsAt: '2027-06-05T15:00:00+09:00' }],
  });
  const fits = (s: string, e: string) => fitsAvailability(av, new Date(s), new Date(e), 'Asia/Tokyo');

  it('accepts times inside a weekly window or an explicit slot, judged in Tokyo time', () => {
    expect(fits('2027-06-01T09:00:00+09:00', '2027-06-01T12:00:00+09:00')).toBe(true);
    expect(fits('2027-06-01T00:00:00Z', '2027-06-01T01:00:00Z')).toBe(true);
    expect(fits('2027-06-05T13:30:00+09:00', '2027-06-05T14:30:00+09:00')).toBe(true);
  });

  it('refuses times that spill over a window, fall on another weekday or outside a slot', () => {
    expect(fits('2027-06-01T11:30:00+09:00', '2027-06-01T12:30:00+09:00')).toBe(false);
    expect(fits('2027-06-02T09:00:00+09:00', '2027-06-02T10:00:00+09:00')).toBe(false);
    expect(fits('2027-06-05T14:30:00+09:00', '2027-06-05T15:30:00+09:00')).toBe(false);
  });

  it('names the bad field of an availability', () => {
    expect(() => parseAvailability({ weekly: [{ weekday: 8, start: '09:00', end: '10:00' }], slots: [] })).toThrow(
      expect.objectContaining({
        details: { errors: [expect.objectContaining({ field: 'availability.weekly[0].weekday' })] },
      }),
    );
    expect(() => parseAvailability({ weekly: [{ weekday: 1, start: '10:00', end: '09:00' }], slots: [] })).toThrow(
      expect.objectContaining({
        details: { errors: [expect.objectContaining({ field: 'availability.weekly[0].end' })] },
      }),
    );
  });
});

describe('session rules', () => {
  it('refuses an end before the start, naming endsAt', () => {
    expect(() => assertSessionTimes('2027-06-01T10:00:00+09:00', '2027-06-01T10:00:00+09:00')).toThrow(
      expect.objectContaining({ details: { errors: [expect.objectContaining({ field: 'endsAt' })] } }),
    );
  });

  it('lets tenants change a booking only up to the cut-off', () => {
    const start = new Date('2027-06-02T10:00:00+09:00');
    expect(() => assertTenantMayChange(start, new Date('2027-06-01T10:00:00+09:00'), 24)).not.toThrow();
    expect(() => assertTenantMayChange(start, new Date('2027-06-01T10:00:01+09:00'), 24)).toThrow(
      expect.objectContaining({ code: 'conflict' }),
    );
  });
});
