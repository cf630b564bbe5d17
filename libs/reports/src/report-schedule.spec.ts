import { isFirstBusinessDayOfMonth } from './report-schedule.service';

describe('isFirstBusinessDayOfMonth', () => {
  it('skips weekends', () => {
    // 2027-05-01 is a Saturday, 05-03..05 are holidays (Golden Week), so the 6th is the first.
    expect(isFirstBusinessDayOfMonth('2027-05-03')).toBe(false);
    expect(isFirstBusinessDayOfMonth('2027-05-06')).toBe(true);
    expect(isFirstBusinessDayOfMonth('2027-05-07')).toBe(false);
  });

  it('skips the bank holidays of the new year', () => {
    // 1–3 January are bank holidays; 2027-01-04 is a Monday.
    expect(isFirstBusinessDayOfMonth('2027-01-04')).toBe(true);
    expect(isFirstBusinessDayOfMonth('2027-01-01')).toBe(false);
  });

  it('takes 1 April when it is a weekday', () => {
    expect(isFirstBusinessDayOfMonth('2027-04-01')).toBe(true);
    expect(isFirstBusinessDayOfMonth('2027-04-02')).toBe(false);
  });
});
