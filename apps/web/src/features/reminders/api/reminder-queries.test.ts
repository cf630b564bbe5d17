import { describe, expect, it } from 'vitest';
import { parseLeadDays } from './reminder-queries';

describe('reminder lead days as typed', () => {
  it('reads comma, 読点 and space separated days, longest first', () => {
    expect(parseLeadDays('30, 90')).toEqual([90, 30]);
    expect(parseLeadDays('7、3 1')).toEqual([7, 3, 1]);
  });
  it('refuses empty, fractional and out-of-range days', () => {
    expect(parseLeadDays('')).toBeNull();
    expect(parseLeadDays('1.5')).toBeNull();
    expect(parseLeadDays('400')).toBeNull();
  });
});
