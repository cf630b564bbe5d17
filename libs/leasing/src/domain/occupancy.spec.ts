import { DomainError } from '@tamago/core';
import { formatCentiSqm, parseAreaSqm } from './area';
import { basisPointsOf, formatBasisPoints } from './basis-points';
import { occupancy, type OccupancyLease } from './occupancy';

function fieldOf(fn: () => unknown): string | undefined {
  try {
    fn();
  } catch (error) {
    if (error instanceof DomainError) return error.details.errors?.[0].field;
    throw error;
  }
  throw new Error('expected a DomainError');
}

describe('areas in centi-m²', () => {
  it('parses decimal strings and numbers exactly', () => {
    expect(parseAreaSqm('63.25', 'area')).toBe(6325);
    expect(parseAreaSqm('63.5', 'area')).toBe(6350);
    expect(parseAreaSqm('63', 'area')).toBe(6300);
    expect(parseAreaSqm(18.05, 'area')).toBe(1805);
  });

  it.each([['63.255'], ['-1'], ['1e3'], [''], [0.1 + 0.2], [Number.NaN]])('refuses %p', (value) => {
    expect(fieldOf(() => parseAreaSqm(value, 'spaces[0].areaSqm'))).toBe('spaces[0].areaSqm');
  });

  it('formats back to two decimals', () => {
    expect(formatCentiSqm(6325)).toBe('63.25');
    expect(formatCentiSqm(5)).toBe('0.05');
    expect(formatCentiSqm(0)).toBe('0.00');
  });
});

describe('basis points', () => {
  it('rounds down', () => {
    // 140 / 153 = 0.915032… → 9150 bp
    expect(basisPointsOf(140, 153)).toBe(9150);
    // 2 / 3 = 0.6666… → 6666 bp, not 6667
    expect(basisPointsOf(2, 3)).toBe(6666);
    expect(basisPointsOf(3, 3)).toBe(10_000);
    expect(basisPointsOf(0, 0)).toBeNull();
  });

  it('formats as a percentage', () => {
    expect(formatBasisPoints(9150)).toBe('91.50%');
    expect(formatBasisPoints(5)).toBe('0.05%');
    expect(formatBasisPoints(-125)).toBe('-1.25%');
    expect(formatBasisPoints(null)).toBeNull();
  });

  it('refuses a part above the whole', () => {
    expect(fieldOf(() => basisPointsOf(4, 3))).toBe('part');
    expect(fieldOf(() => basisPointsOf(1.5, 3))).toBe('part');
  });
});

describe('occupancy', () => {
  // total area 63.00 + 63.00 + 25.50 + 18.25 = 169.75 m² = 16975 centi-m²
  const spaces = [
    { id: 'A', areaSqm: '63.00' },
    { id: 'B', areaSqm: '63.00' },
    { id: 'C', areaSqm: '25.50' },
    { id: 'D', areaSqm: 18.25 },
  ];
  const leases: OccupancyLease[] = [
    // A and B combined under one lease
    { spaceIds: ['A', 'B'], status: 'active', startDate: '2026-04-01', endDate: '2029-03-31' },
    {
      spaceIds: ['C'],
      status: 'terminated',
      startDate: '2025-04-01',
      endDate: '2028-03-31',
      terminatedOn: '2026-09-30',
    },
    { spaceIds: ['D'], status: 'draft', startDate: '2026-06-01', endDate: '2029-05-31' },
    { spaceIds: ['D'], status: 'ended', startDate: '2023-04-01', endDate: '2026-03-31' },
    { spaceIds: ['X'], status: 'active', startDate: '2026-04-01', endDate: '2029-03-31' },
  ];

  it('counts A, B and C on 2026-06-30 (the draft on D does not count)', () => {
    expect(occupancy('2026-06-30', spaces, leases)).toEqual({
      rooms: { occupied: 3, total: 4, rateBp: 7500, rate: '75.00%' },
      // 6300 + 6300 + 2550 = 15150; 15150 × 10000 / 16975 = 8924.88… → 8924
      area: {
        occupiedCentiSqm: 15150,
        totalCentiSqm: 16975,
        occupiedSqm: '151.50',
        totalSqm: '169.75',
        rateBp: 8924,
        rate: '89.24%',
      },
    });
  });

  it('drops C the day after its early termination', () => {
    const result = occupancy('2026-10-01', spaces, leases);
    expect(result.rooms).toEqual({ occupied: 2, total: 4, rateBp: 5000, rate: '50.00%' });
    // 12600 × 10000 / 16975 = 7422.68… → 7422
    expect(result.area.rateBp).toBe(7422);
  });

  it('reports history: on 2026-03-31 the ended lease on D and C were in force', () => {
    const result = occupancy('2026-03-31', spaces, leases);
    expect(result.rooms.occupied).toBe(2);
    // 2550 + 1825 = 4375; 4375 × 10000 / 16975 = 2577.3… → 2577
    expect(result.area).toMatchObject({ occupiedCentiSqm: 4375, rateBp: 2577 });
  });

  it('has no rate without spaces', () => {
    expect(occupancy('2026-06-30', [], leases).rooms).toEqual({ occupied: 0, total: 0, rateBp: null, rate: null });
  });

  it('validates its inputs', () => {
    expect(fieldOf(() => occupancy('2026-6-30', spaces, leases))).toBe('asOf');
    expect(fieldOf(() => occupancy('2026-06-30', [...spaces, { id: 'A', areaSqm: '1' }], leases))).toBe('spaces[4].id');
    expect(fieldOf(() => occupancy('2026-06-30', spaces, [{ ...leases[0], status: 'open' as never }]))).toBe(
      'leases[0].status',
    );
    expect(fieldOf(() => occupancy('2026-06-30', spaces, [{ ...leases[0], endDate: '2026-01-01' }]))).toBe(
      'leases[0].endDate',
    );
  });
});
