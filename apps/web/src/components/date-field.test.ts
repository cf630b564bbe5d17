import { describe, expect, it } from 'vitest';
import { parseTypedDate } from './date-field';

describe('parseTypedDate', () => {
  it('reads the ways people type a date', () => {
    expect(parseTypedDate('2027-01-16')).toBe('2027-01-16');
    expect(parseTypedDate('2027/1/16')).toBe('2027-01-16');
    expect(parseTypedDate('2027年1月16日')).toBe('2027-01-16');
  });

  it('refuses dates that do not exist', () => {
    expect(parseTypedDate('2027-02-30')).toBeNull();
    expect(parseTypedDate('令和9年1月16日')).toBeNull();
  });
});
