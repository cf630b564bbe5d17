import type { Schema } from '@tamago/api-client';
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

export type Dashboard = Schema<'DashboardDto'>;

export const dashboardKeys = { all: ['dashboard'] as const };

export const dashboardQuery = queryOptions({
  queryKey: dashboardKeys.all,
  queryFn: () => unwrap(api.GET('/api/v1/dashboard')),
  staleTime: 60_000,
});
