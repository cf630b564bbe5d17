import type { Schema } from '@tamago/api-client';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

export type Space = Schema<'SpaceDto'>;
export type Lease = Schema<'LeaseDto'>;

export interface OccupancyReport {
  asOf: string;
  rooms: { occupied: number; total: number; rate: string | null };
  area: { occupiedSqm: string; totalSqm: string; rate: string | null };
  vacantSpaces: { id: string }[];
}

export interface TenureItem {
  tenantId: string;
  latestEndDate: string;
  monthsRemaining: number;
}

export const leasingKeys = {
  all: ['leasing'] as const,
  spaces: () => [...leasingKeys.all, 'spaces'] as const,
  occupancy: (asOf?: string) => [...leasingKeys.all, 'occupancy', asOf ?? 'today'] as const,
  leases: () => [...leasingKeys.all, 'leases'] as const,
  leaseList: (view: string) => [...leasingKeys.leases(), view] as const,
  roomTypes: () => [...leasingKeys.all, 'room-types'] as const,
  tenantNames: () => [...leasingKeys.all, 'tenant-names'] as const,
  settings: () => [...leasingKeys.all, 'settings'] as const,
};

export const leasingQueries = {
  spaces: () =>
    queryOptions({
      queryKey: leasingKeys.spaces(),
      queryFn: () => unwrap(api.GET('/api/v1/spaces', { params: { query: { limit: 200, sort: 'code' } } })),
    }),
  occupancy: (asOf?: string) =>
    queryOptions({
      queryKey: leasingKeys.occupancy(asOf),
      queryFn: async () =>
        (await unwrap(api.GET('/api/v1/occupancy', { params: { query: { asOf } } }))) as unknown as OccupancyReport,
      placeholderData: keepPreviousData,
    }),
  activeLeases: () =>
    queryOptions({
      queryKey: leasingKeys.leaseList('active'),
      queryFn: () =>
        unwrap(api.GET('/api/v1/leases', { params: { query: { status: 'active', limit: 200, sort: 'endDate' } } })),
    }),
  endingLeases: () =>
    queryOptions({
      queryKey: leasingKeys.leaseList('ending'),
      queryFn: () => unwrap(api.GET('/api/v1/leases/ending', { params: { query: { days: 90 } } })),
    }),
  nearingTenure: () =>
    queryOptions({
      queryKey: leasingKeys.leaseList('tenure'),
      queryFn: async () =>
        (await unwrap(
          api.GET('/api/v1/leases/nearing-max-tenure', { params: { query: { months: 6 } } }),
        )) as unknown as {
          maxTenureMonths: number;
          items: TenureItem[];
        },
    }),
  roomTypes: () =>
    queryOptions({ queryKey: leasingKeys.roomTypes(), queryFn: () => unwrap(api.GET('/api/v1/room-types')) }),
  /** Tenant names by id, for lists whose rows carry only the tenant id. */
  tenantNames: () =>
    queryOptions({
      queryKey: leasingKeys.tenantNames(),
      queryFn: async () => {
        const page = await unwrap(api.GET('/api/v1/tenants', { params: { query: { limit: 200, sort: 'name' } } }));
        return new Map(page.items.map((t) => [t.id, t.name]));
      },
      staleTime: 5 * 60_000,
    }),
};
