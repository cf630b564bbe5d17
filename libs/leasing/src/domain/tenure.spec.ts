import { DomainError, ErrorCode } from '@tamago/core';
import { checkTenure, maxEndDate, requiresRescreening, tenantsNearingMaxTenure } from './tenure';

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

describe('maxEndDate', () => {
  it('is the last day of 60 months from the chain start', () => {
    expect(maxEndDate('2022-04-01', 60)).toBe('2027-03-31');
    expect(maxEndDate('2022-04-01')).toBe('2027-03-31');
    expect(maxEndDate('2022-04-15', 36)).toBe('2025-04-14');
  });

  it('refuses a zero maximum', () => {
    expect(fieldOf(() => maxEndDate('2022-04-01', 0))).toBe('maxMonths');
  });
});

describe('checkTenure', () => {
  const firstTerm = { startDate: '2022-04-01', endDate: '2025-03-31' };

  it('lets a renewal without a gap run exactly to the maximum', () => {
    // 2022-04-01..2027-03-31 is 5 × 365 + 1 (2024-02-29) = 1826 days
    expect(checkTenure([firstTerm], { startDate: '2025-04-01', endDate: '2027-03-31' }, 60)).toEqual({
      latestAllowedEndDate: '2027-03-31',
      allowedDays: 1826,
      usedDays: 1826,
    });
  });

  it('refuses a renewal one day too long, naming both dates', () => {
    const error = caught(() => checkTenure([firstTerm], { startDate: '2025-04-01', endDate: '2027-04-01' }, 60));
    expect(error.code).toBe(ErrorCode.Conflict);
    expect(error.message).toBe(
      'The lease would end on 2027-04-01, but the maximum tenure of 60 months allows 2027-03-31 at the latest.',
    );
    expect(error.details.extra).toEqual({
      proposedEndDate: '2027-04-01',
      latestAllowedEndDate: '2027-03-31',
      maxMonths: 60,
      allowedDays: 1826,
      usedDays: 1827,
    });
  });

  it('does not count a gap between leases', () => {
    // used 2022-04-01..2024-03-31 = 365 + 366 = 731 days; gap 2024-04-01..06-30 = 30 + 31 + 30 = 91 days;
    // 1826 − 731 = 1095 days from 2024-07-01 end on 2027-06-30 (= 2027-03-31 + 91 days)
    const chain = [{ startDate: '2022-04-01', endDate: '2024-03-31' }];
    expect(checkTenure(chain, { startDate: '2024-07-01', endDate: '2027-06-30' }).latestAllowedEndDate).toBe(
      '2027-06-30',
    );
    expect(caught(() => checkTenure(chain, { startDate: '2024-07-01', endDate: '2027-07-01' })).code).toBe(
      ErrorCode.Conflict,
    );
  });

  it('counts an early termination by the days actually occupied', () => {
    // occupied 2022-04-01..2023-09-30 = 365 + 183 = 548 days; 1826 − 548 = 1278 days from 2024-04-01
    // 2024-04-01 + 1277 days = 2027-09-30 (2024-04-01 + 1095 = 2027-04-01 (no 29 Feb in between), + 182 more = 2027-09-30)
    const chain = [{ startDate: '2022-04-01', endDate: '2023-09-30' }];
    expect(checkTenure(chain, { startDate: '2024-04-01', endDate: '2027-03-31' }).latestAllowedEndDate).toBe(
      '2027-09-30',
    );
  });

  it('counts days covered by two rooms at once only once', () => {
    const chain = [firstTerm, { startDate: '2023-04-01', endDate: '2025-03-31' }];
    expect(checkTenure(chain, { startDate: '2025-04-01', endDate: '2027-03-31' }).usedDays).toBe(1826);
  });

  it('says when no tenure is left at all', () => {
    const chain = [{ startDate: '2022-04-01', endDate: '2027-03-31' }];
    const error = caught(() => checkTenure(chain, { startDate: '2027-04-01', endDate: '2028-03-31' }));
    expect(error.message).toBe(
      'The lease would end on 2028-03-31, but the maximum tenure of 60 months leaves no time for this lease.',
    );
    expect(error.details.extra?.latestAllowedEndDate).toBe('2027-03-31');
  });

  it('a first lease may take the whole allowance', () => {
    expect(checkTenure([], { startDate: '2026-04-01', endDate: '2031-03-31' }).latestAllowedEndDate).toBe('2031-03-31');
    expect(caught(() => checkTenure([], { startDate: '2026-04-01', endDate: '2031-04-01' })).code).toBe(
      ErrorCode.Conflict,
    );
  });

  it('validates its inputs', () => {
    expect(fieldOf(() => checkTenure([], { startDate: '2026-04-01', endDate: '2026-03-01' }))).toBe('proposed.endDate');
    expect(fieldOf(() => checkTenure([firstTerm, { startDate: 'x', endDate: '2026-01-01' }], firstTerm))).toBe(
      'chain[1].startDate',
    );
    expect(fieldOf(() => checkTenure([], firstTerm, 0))).toBe('maxMonths');
  });
});

describe('tenantsNearingMaxTenure', () => {
  const tenants = [
    // T2: first lease only; 1826 − 1095 days left → may stay until 2029-03-31
    { tenantId: 'T2', chain: [{ startDate: '2024-04-01', endDate: '2027-03-31' }] },
    // T3: gap 2024-01-01..03-31 not counted; allowed 2022-01-01..2026-12-31 = 1826 days,
    // used 730 + 1005 = 1735, 91 left after 2026-12-31 → 2027-04-01
    {
      tenantId: 'T3',
      chain: [
        { startDate: '2022-01-01', endDate: '2023-12-31' },
        { startDate: '2024-04-01', endDate: '2026-12-31' },
      ],
    },
    // T1: renewed to the maximum
    {
      tenantId: 'T1',
      chain: [
        { startDate: '2022-04-01', endDate: '2025-03-31' },
        { startDate: '2025-04-01', endDate: '2027-03-31' },
      ],
    },
    // T4: already left
    { tenantId: 'T4', chain: [{ startDate: '2020-04-01', endDate: '2025-03-31' }] },
  ];

  it('lists tenants whose tenure ends within the next 6 months (until 2027-03-31)', () => {
    // T1: 2026-10-01 → 2027-04-01 is 6 whole months; 2026-10-01 → 2027-03-31 is 181 days
    expect(tenantsNearingMaxTenure(tenants, '2026-10-01', 6)).toEqual([
      { tenantId: 'T1', latestEndDate: '2027-03-31', monthsRemaining: 6, daysRemaining: 181 },
    ]);
  });

  it('includes T3 one month wider, in date order', () => {
    expect(tenantsNearingMaxTenure(tenants, '2026-10-01', 7)).toEqual([
      { tenantId: 'T1', latestEndDate: '2027-03-31', monthsRemaining: 6, daysRemaining: 181 },
      { tenantId: 'T3', latestEndDate: '2027-04-01', monthsRemaining: 6, daysRemaining: 182 },
    ]);
  });

  it('validates its inputs', () => {
    expect(fieldOf(() => tenantsNearingMaxTenure(tenants, '2026-10-01', 0))).toBe('withinMonths');
    expect(fieldOf(() => tenantsNearingMaxTenure([{ tenantId: '', chain: [] }], '2026-10-01', 6))).toBe(
      'tenants[0].tenantId',
    );
    expect(
      fieldOf(() =>
        tenantsNearingMaxTenure(
          [{ tenantId: 'T', chain: [{ startDate: '2026-01-01', endDate: '2025-01-01' }] }],
          '2026-10-01',
          6,
        ),
      ),
    ).toBe('tenants[0].chain[0].endDate');
  });
});

describe('requiresRescreening', () => {
  it('is required for a renewal only', () => {
    expect(requiresRescreening(true)).toBe(true);
    expect(requiresRescreening(false)).toBe(false);
    expect(fieldOf(() => requiresRescreening('yes' as never))).toBe('isRenewal');
  });
});
