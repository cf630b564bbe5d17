import { monthRange, monthsBetween, parseMonth } from './month';
import { occupantOf, usageByTenant, type SpaceOccupant } from './usage';

const occupants: SpaceOccupant[] = [
  { spaceId: 'S1', tenantId: 'A', startDate: '2025-04-01', endDate: '2026-05-15' },
  { spaceId: 'S1', tenantId: 'B', startDate: '2026-06-10', endDate: '2028-03-31' },
  { spaceId: 'S2', tenantId: 'A', startDate: '2025-04-01', endDate: '2028-03-31' },
];

describe('occupantOf', () => {
  it('bills the tenant holding the space on the reading day', () => {
    expect(occupantOf({ spaceId: 'S1', readOn: '2026-04-30', period: '2026-04', consumption: 10 }, occupants)).toBe(
      'A',
    );
    expect(occupantOf({ spaceId: 'S1', readOn: '2026-06-30', period: '2026-06', consumption: 10 }, occupants)).toBe(
      'B',
    );
  });

  it('bills a tenant who left mid-month for that month, and nobody for a vacant month', () => {
    expect(occupantOf({ spaceId: 'S1', readOn: '2026-05-31', period: '2026-05', consumption: 10 }, occupants)).toBe(
      'A',
    );
    expect(
      occupantOf({ spaceId: 'S3', readOn: '2026-05-31', period: '2026-05', consumption: 10 }, occupants),
    ).toBeNull();
  });
});

describe('usageByTenant', () => {
  it('sums per tenant and month over several spaces and keeps vacant consumption apart', () => {
    const result = usageByTenant(
      [
        { spaceId: 'S1', readOn: '2026-04-30', period: '2026-04', consumption: 120 },
        { spaceId: 'S2', readOn: '2026-04-30', period: '2026-04', consumption: 80 },
        { spaceId: 'S1', readOn: '2026-06-05', period: '2026-06', consumption: 7 },
        { spaceId: 'S2', readOn: '2026-06-30', period: '2026-06', consumption: 90 },
      ],
      occupants,
    );
    expect(result).toEqual({
      items: [
        { tenantId: 'A', period: '2026-04', amount: 200, spaceIds: ['S1', 'S2'] },
        { tenantId: 'A', period: '2026-06', amount: 90, spaceIds: ['S2'] },
      ],
      unattributed: 7,
    });
  });
});

describe('months', () => {
  it('parses months and spans ranges', () => {
    expect(parseMonth('2026-02')).toBe('2026-02');
    expect(() => parseMonth('2026-13')).toThrow('period must be a month written YYYY-MM.');
    expect(monthRange('2028-02')).toEqual({ from: '2028-02-01', to: '2028-02-29' });
    expect(monthsBetween('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02']);
    expect(() => monthsBetween('2026-02', '2025-11')).toThrow('to must not be before from.');
  });
});
