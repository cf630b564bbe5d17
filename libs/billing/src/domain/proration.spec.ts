import { chargeablePeriod, prorate } from './proration';
import { invalidField } from './test-helpers';

describe('prorate', () => {
  it('returns the monthly amount exactly for a full month', () => {
    expect(prorate(99999, '2027-04', '2027-04-01', '2027-04-30')).toBe(99999);
    expect(prorate(100000, '2027-02', '2027-02-01', '2027-02-28')).toBe(100000);
    expect(prorate(100000, '2028-02', '2028-02-01', '2028-02-29')).toBe(100000);
  });

  it('clamps a longer occupancy to the month', () => {
    expect(prorate(100000, '2027-01', '2026-11-15', '2027-05-31')).toBe(100000);
  });

  it('prorates a 30-day month', () => {
    // 04-16..04-30 = 15 days; 100,000 × 15 ÷ 30 = 50,000
    expect(prorate(100000, '2027-04', '2027-04-16', '2027-04-30')).toBe(50000);
  });

  it('prorates a 31-day month and floors', () => {
    // 01-20..01-31 = 12 days; 100,000 × 12 = 1,200,000 ÷ 31 = 38,709.67 → 38,709
    expect(prorate(100000, '2027-01', '2027-01-20', '2027-01-31')).toBe(38709);
  });

  it('prorates a 28-day February', () => {
    // 02-15..02-28 = 14 days; 100,000 × 14 ÷ 28 = 50,000
    expect(prorate(100000, '2027-02', '2027-02-15', '2027-03-31')).toBe(50000);
  });

  it('prorates a 29-day February in a leap year', () => {
    // 02-15..02-29 = 15 days; 100,000 × 15 = 1,500,000 ÷ 29 = 51,724.13 → 51,724
    expect(prorate(100000, '2028-02', '2028-02-15', '2028-02-29')).toBe(51724);
  });

  it('prorates a single day', () => {
    // 1 day of 31: 100,000 ÷ 31 = 3,225.8 → 3,225
    expect(prorate(100000, '2027-03', '2027-03-10', '2027-03-10')).toBe(3225);
  });

  it('prorates a lease ending mid-month', () => {
    // 06-01..06-10 = 10 days of 30; 99,999 × 10 = 999,990 ÷ 30 = 33,333
    expect(prorate(99999, '2027-06', '2025-07-01', '2027-06-10')).toBe(33333);
  });

  it('returns 0 when the occupancy does not touch the month', () => {
    expect(prorate(100000, '2027-04', '2027-05-01', '2027-05-31')).toBe(0);
    expect(prorate(100000, '2027-04', '2027-01-01', '2027-03-31')).toBe(0);
  });

  it('multiplies before dividing, exactly, for amounts near 2^53', () => {
    // 9,007,199,254,740,991 × 30 = 270,215,977,642,229,730; ÷ 31 = 8,716,644,440,071,926 remainder 24
    expect(prorate(Number.MAX_SAFE_INTEGER, '2027-01', '2027-01-02', '2027-01-31')).toBe(8716644440071926);
  });

  it('keeps ¥0 at ¥0', () => {
    expect(prorate(0, '2027-01', '2027-01-15', '2027-01-31')).toBe(0);
  });

  it('validates its inputs', () => {
    expect(invalidField(() => prorate(100.5, '2027-01', '2027-01-01', '2027-01-31'))).toBe('monthlyAmount');
    expect(invalidField(() => prorate(-1, '2027-01', '2027-01-01', '2027-01-31'))).toBe('monthlyAmount');
    expect(invalidField(() => prorate(100, '2027-1', '2027-01-01', '2027-01-31'))).toBe('period');
    expect(invalidField(() => prorate(100, '2027-02', '2027-02-30', '2027-02-28'))).toBe('occupiedFrom');
    expect(invalidField(() => prorate(100, '2027-02', '2027-02-01', '2027/02/28'))).toBe('occupiedTo');
    expect(invalidField(() => prorate(100, '2027-02', '2027-02-10', '2027-02-09'))).toBe('occupiedTo');
  });
});

describe('chargeablePeriod', () => {
  it('starts at the lease start within the month (open-ended lease)', () => {
    expect(chargeablePeriod('2027-01-20', null, '2027-01')).toEqual({
      from: '2027-01-20',
      to: '2027-01-31',
      days: 12,
      daysInMonth: 31,
      fullMonth: false,
    });
  });

  it('covers a full leap February inside a long lease', () => {
    expect(chargeablePeriod('2025-04-01', '2028-03-31', '2028-02')).toEqual({
      from: '2028-02-01',
      to: '2028-02-29',
      days: 29,
      daysInMonth: 29,
      fullMonth: true,
    });
  });

  it('ends at the lease end within the month', () => {
    expect(chargeablePeriod('2025-07-01', '2027-06-10', '2027-06')).toMatchObject({
      from: '2027-06-01',
      to: '2027-06-10',
      days: 10,
    });
  });

  it('handles a lease inside one month and a one-day lease', () => {
    expect(chargeablePeriod('2027-04-10', '2027-04-20', '2027-04')).toMatchObject({
      days: 11,
      daysInMonth: 30,
      fullMonth: false,
    });
    expect(chargeablePeriod('2027-04-30', '2027-04-30', '2027-04')).toMatchObject({
      from: '2027-04-30',
      to: '2027-04-30',
      days: 1,
    });
  });

  it('returns null when the lease starts after or ends before the period', () => {
    expect(chargeablePeriod('2027-05-01', null, '2027-04')).toBeNull();
    expect(chargeablePeriod('2025-01-01', '2027-03-31', '2027-04')).toBeNull();
  });

  it('feeds prorate: a lease starting 2027-01-20 at ¥100,000 pays ¥38,709 for January', () => {
    const span = chargeablePeriod('2027-01-20', null, '2027-01');
    expect(span && prorate(100000, '2027-01', span.from, span.to)).toBe(38709);
  });

  it('validates its inputs', () => {
    expect(invalidField(() => chargeablePeriod('2027-02-29', null, '2027-02'))).toBe('leaseStart');
    expect(invalidField(() => chargeablePeriod('2027-02-01', '2027-13-01', '2027-02'))).toBe('leaseEnd');
    expect(invalidField(() => chargeablePeriod('2027-02-10', '2027-02-01', '2027-02'))).toBe('leaseEnd');
    expect(invalidField(() => chargeablePeriod('2027-02-01', null, '2027-2'))).toBe('period');
  });
});
