import type { IsoDate } from '@tamago/core';
import type { Month } from './month';

/** Days a tenant held a space under a signed lease (inclusive). */
export interface SpaceOccupant {
  spaceId: string;
  tenantId: string;
  startDate: IsoDate;
  endDate: IsoDate;
}

/** What a month's reading of a space consumed. */
export interface ReadingUsage {
  spaceId: string;
  readOn: IsoDate;
  period: Month;
  consumption: number;
}

/** One tenant's consumption in one month. */
export interface TenantMonthUsage {
  tenantId: string;
  period: Month;
  amount: number;
  spaceIds: string[];
}

/**
 * The tenant a reading is billed to: the one holding the space on the reading day; when the space
 * was vacant that day, the last tenant who held it during that month (a tenant who left mid-month
 * consumed that month's energy). Null when nobody held it that month.
 */
export function occupantOf(reading: ReadingUsage, occupants: SpaceOccupant[]): string | null {
  const ofSpace = occupants.filter((o) => o.spaceId === reading.spaceId);
  const onDay = ofSpace.find((o) => o.startDate <= reading.readOn && reading.readOn <= o.endDate);
  if (onDay) return onDay.tenantId;
  const monthStart = `${reading.period}-01`;
  const during = ofSpace
    .filter((o) => o.startDate <= reading.readOn && o.endDate >= monthStart)
    .sort((a, b) => (a.endDate < b.endDate ? 1 : -1));
  return during[0]?.tenantId ?? null;
}

/** Sums readings per tenant and month; consumption of vacant spaces is returned apart. */
export function usageByTenant(
  readings: ReadingUsage[],
  occupants: SpaceOccupant[],
): { items: TenantMonthUsage[]; unattributed: number } {
  const byKey = new Map<string, TenantMonthUsage>();
  let unattributed = 0;
  for (const r of readings) {
    const tenantId = occupantOf(r, occupants);
    if (!tenantId) {
      unattributed += r.consumption;
      continue;
    }
    const key = `${tenantId}|${r.period}`;
    const row = byKey.get(key) ?? { tenantId, period: r.period, amount: 0, spaceIds: [] };
    row.amount += r.consumption;
    if (!row.spaceIds.includes(r.spaceId)) row.spaceIds.push(r.spaceId);
    byKey.set(key, row);
  }
  const items = [...byKey.values()].sort((a, b) =>
    a.period === b.period ? (a.tenantId < b.tenantId ? -1 : 1) : a.period < b.period ? -1 : 1,
  );
  return { items, unattributed };
}
