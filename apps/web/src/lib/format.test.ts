import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime, formatYen, formatRate } from './format';

describe('formatYen', () => {
  it('writes integer yen with the half-width sign and thousands separators', () => {
    expect(formatYen(1234)).toBe('¥1,234');
    expect(formatYen(0)).toBe('¥0');
    expect(formatYen(1_234_567)).toBe('¥1,234,567');
    expect(formatYen(-500)).toBe('-¥500');
  });
});

describe('formatDate', () => {
  it('writes a business date as 2027年1月16日 in Japanese and 2027-01-16 in English, without an era', () => {
    expect(formatDate('2027-01-16', 'ja')).toBe('2027年1月16日');
    expect(formatDate('2027-01-16', 'en')).toBe('2027-01-16');
  });

  it('shows an instant on the facility calendar (Tokyo), not UTC', () => {
    expect(formatDate('2027-01-15T16:30:00Z', 'ja')).toBe('2027年1月16日');
    expect(formatDateTime('2027-01-15T16:30:00Z', 'en')).toBe('2027-01-16 01:30');
  });

  it('writes nothing for a missing date', () => {
    expect(formatDate(null, 'ja')).toBe('');
  });
});

describe('formatRate', () => {
  it('shows an occupancy rate as a whole percent, keeping one decimal only near empty and full', () => {
    expect(formatRate('91.43%')).toBe('91%');
    expect(formatRate('66.67%')).toBe('67%');
    expect(formatRate('100.00%')).toBe('100%');
    expect(formatRate('99.60%')).toBe('99.6%');
    expect(formatRate('0.40%')).toBe('0.4%');
    expect(formatRate('0.00%')).toBe('0%');
    expect(formatRate(null)).toBe('—');
  });
});
