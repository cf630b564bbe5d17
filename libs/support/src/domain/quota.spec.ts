import { DomainError, ErrorCode } from '@tamago/core';
import { assertSessionAllowed, countInFiscalYear, quotaStatus } from './quota';

function caught(fn: () => unknown): DomainError {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error;
    throw error;
  }
  throw new Error('expected a DomainError');
}
const fieldOf = (fn: () => unknown) => caught(fn).details.errors?.[0].field;

describe('countInFiscalYear', () => {
  const sessions = [
    { startsAt: '2027-03-31T14:59:00Z' }, // Tokyo 2027-03-31 23:59 → FY2026
    { startsAt: '2027-03-31T15:00:00Z' }, // Tokyo 2027-04-01 00:00 → FY2027 (still 31 March in UTC)
    { startsAt: '2027-04-01T10:00:00+09:00' }, // FY2027 everywhere
    { startsAt: new Date('2026-04-01T00:00:00+09:00') }, // Tokyo 2026-04-01 → FY2026 (UTC 2026-03-31)
    { startsAt: '2026-03-31T23:59:59+09:00' }, // FY2025
  ];

  it('judges the fiscal year in Tokyo time', () => {
    expect(countInFiscalYear(sessions, 2025)).toBe(1);
    expect(countInFiscalYear(sessions, 2026)).toBe(2);
    expect(countInFiscalYear(sessions, 2027)).toBe(2);
  });

  it('would count differently in UTC, which is why the zone matters', () => {
    // in UTC only the 10:00+09:00 session (01:00Z on 1 April) is in FY2027
    expect(countInFiscalYear(sessions, 2027, 'UTC')).toBe(1);
  });

  it('validates sessions, year and zone', () => {
    expect(fieldOf(() => countInFiscalYear([{ startsAt: '2027-04-01T10:00:00' }], 2027))).toBe('sessions[0].startsAt');
    expect(fieldOf(() => countInFiscalYear(sessions, 2027.5))).toBe('fiscalYear');
    expect(fieldOf(() => countInFiscalYear(sessions, 2027, 'Tokyo'))).toBe('timeZone');
  });
});

describe('quotaStatus', () => {
  it('allows free sessions while some remain', () => {
    expect(quotaStatus(0, 4, 'refuse')).toEqual({ used: 0, quota: 4, remaining: 4, allowed: true, chargeable: false });
    expect(quotaStatus(3, 4, 'chargeable')).toEqual({
      used: 3,
      quota: 4,
      remaining: 1,
      allowed: true,
      chargeable: false,
    });
  });

  it('past the quota: refused, or allowed as chargeable', () => {
    expect(quotaStatus(4, 4, 'refuse')).toEqual({ used: 4, quota: 4, remaining: 0, allowed: false, chargeable: false });
    expect(quotaStatus(4, 4, 'chargeable')).toEqual({
      used: 4,
      quota: 4,
      remaining: 0,
      allowed: true,
      chargeable: true,
    });
    expect(quotaStatus(6, 4, 'chargeable').remaining).toBe(0);
    expect(quotaStatus(0, 0, 'refuse').allowed).toBe(false);
  });

  it('validates', () => {
    expect(fieldOf(() => quotaStatus(-1, 4, 'refuse'))).toBe('used');
    expect(fieldOf(() => quotaStatus(0, 1.5, 'refuse'))).toBe('quota');
    expect(fieldOf(() => quotaStatus(0, 4, 'free' as never))).toBe('policy');
  });
});

describe('assertSessionAllowed', () => {
  it('refuses past the quota under the refuse policy', () => {
    const error = caught(() => assertSessionAllowed(4, 4, 'refuse'));
    expect(error.code).toBe(ErrorCode.Conflict);
    expect(error.details.extra).toEqual({ used: 4, quota: 4, policy: 'refuse' });
  });

  it('needs the charge accepted under the chargeable policy', () => {
    expect(assertSessionAllowed(4, 4, 'chargeable').chargeable).toBe(true);
    expect(caught(() => assertSessionAllowed(4, 4, 'chargeable', false)).code).toBe(ErrorCode.Conflict);
    expect(assertSessionAllowed(1, 4, 'chargeable', false).chargeable).toBe(false);
  });
});
