import { DomainError, parseIsoDate, requireArray, requireText, type IsoDate } from '@tamago/core';
import { parseAreaSqm, formatCentiSqm } from './area';
import { basisPointsOf, formatBasisPoints } from './basis-points';
import { occupiedUntil } from './lease-period';
import { parseLeaseStatus, SIGNED_LEASE_STATUSES, type LeaseStatus } from './lease-status';
import { LeasingError } from '../errors';

/** A space that counts towards occupancy, with its area in m² (decimal string or number). */
export interface OccupancySpace {
  id: string;
  areaSqm: string | number;
}

/** A lease as occupancy sees it; one lease may cover several spaces (combined lab rooms). */
export interface OccupancyLease {
  spaceIds: string[];
  status: LeaseStatus;
  startDate: IsoDate;
  endDate: IsoDate;
  terminatedOn?: IsoDate | null;
}

/** Occupied over total, as counts and as rates in basis points (floor) and "91.50%" strings. */
export interface Occupancy {
  rooms: { occupied: number; total: number; rateBp: number | null; rate: string | null };
  area: {
    occupiedCentiSqm: number;
    totalCentiSqm: number;
    occupiedSqm: string;
    totalSqm: string;
    rateBp: number | null;
    rate: string | null;
  };
}

/**
 * Occupancy on `asOf` by rooms and by area. A space is occupied when a signed lease (active,
 * ended or terminated — so past dates report history) covers it that day. Drafts and cancelled
 * leases never count; leases on spaces outside `spaces` (the caller's counted set) are ignored.
 */
export function occupancy(asOf: IsoDate, spaces: OccupancySpace[], leases: OccupancyLease[]): Occupancy {
  const day = parseIsoDate(asOf, 'asOf');
  const areas = spaceAreas(spaces);
  const occupied = new Set<string>();
  requireArray<OccupancyLease>(leases, 'leases').forEach((lease, i) => {
    const status = parseLeaseStatus(lease?.status, `leases[${i}].status`);
    if (!SIGNED_LEASE_STATUSES.includes(status)) return;
    const ids = requireArray<string>(lease.spaceIds, `leases[${i}].spaceIds`);
    const until = occupiedUntil(lease, `leases[${i}].`);
    if (lease.startDate <= day && day <= until) ids.forEach((id) => areas.has(id) && occupied.add(id));
  });
  const totalCenti = [...areas.values()].reduce((sum, a) => sum + a, 0);
  const occupiedCenti = [...occupied].reduce((sum, id) => sum + (areas.get(id) ?? 0), 0);
  const roomBp = basisPointsOf(occupied.size, areas.size);
  const areaBp = basisPointsOf(occupiedCenti, totalCenti);
  return {
    rooms: { occupied: occupied.size, total: areas.size, rateBp: roomBp, rate: formatBasisPoints(roomBp) },
    area: {
      occupiedCentiSqm: occupiedCenti,
      totalCentiSqm: totalCenti,
      occupiedSqm: formatCentiSqm(occupiedCenti),
      totalSqm: formatCentiSqm(totalCenti),
      rateBp: areaBp,
      rate: formatBasisPoints(areaBp),
    },
  };
}

function spaceAreas(spaces: OccupancySpace[]): Map<string, number> {
  const areas = new Map<string, number>();
  requireArray<OccupancySpace>(spaces, 'spaces').forEach((space, i) => {
    const id = requireText(space?.id, `spaces[${i}].id`, 200);
    if (areas.has(id))
      throw DomainError.invalid(LeasingError.SpaceListedTwice, `spaces[${i}].id`, `Space ${id} is listed twice.`, {
        id,
      });
    areas.set(id, parseAreaSqm(space.areaSqm, `spaces[${i}].areaSqm`));
  });
  return areas;
}
