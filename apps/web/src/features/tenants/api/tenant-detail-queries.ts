import type { Schema } from '@tamago/api-client';
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { tenantKeys } from './tenant-queries';

export interface StatementLine {
  date: string;
  kind: string;
  documentId: string;
  reference: string;
  debit: number;
  credit: number;
  balance: number;
}

export type TimelineItem = Schema<'TimelineItemDto'>;
export type KpiSubmission = Schema<'KpiSubmissionDto'>;

const path = (id: string) => ({ params: { path: { id } } });

/** Everything the tenant page shows besides the tenant itself, each under the tenant's detail key. */
export const tenantDetailQueries = {
  leases: (id: string) =>
    queryOptions({
      queryKey: [...tenantKeys.detail(id), 'leases'],
      queryFn: () =>
        unwrap(api.GET('/api/v1/leases', { params: { query: { tenantId: id, limit: 100, sort: '-startDate' } } })),
    }),
  statement: (id: string) =>
    queryOptions({
      queryKey: [...tenantKeys.detail(id), 'statement'],
      queryFn: async () =>
        (await unwrap(api.GET('/api/v1/tenants/{id}/statement', path(id)))) as unknown as {
          lines: StatementLine[];
          closingBalance: number;
        },
    }),
  subsidies: (id: string) =>
    queryOptions({
      queryKey: [...tenantKeys.detail(id), 'subsidies'],
      queryFn: () =>
        unwrap(api.GET('/api/v1/subsidy-applications', { params: { query: { tenantId: id, limit: 50 } } })),
    }),
  sessions: (id: string) =>
    queryOptions({
      queryKey: [...tenantKeys.detail(id), 'sessions'],
      queryFn: () => unwrap(api.GET('/api/v1/advisory-sessions', { params: { query: { tenantId: id, limit: 50 } } })),
    }),
  referrals: (id: string) =>
    queryOptions({
      queryKey: [...tenantKeys.detail(id), 'referrals'],
      queryFn: () => unwrap(api.GET('/api/v1/referrals', { params: { query: { tenantId: id, limit: 50 } } })),
    }),
  kpi: (id: string) =>
    queryOptions({
      queryKey: [...tenantKeys.detail(id), 'kpi'],
      queryFn: () => unwrap(api.GET('/api/v1/tenants/{id}/kpi-history', path(id))),
    }),
  timeline: (id: string) =>
    queryOptions({
      queryKey: [...tenantKeys.detail(id), 'timeline'],
      queryFn: () =>
        unwrap(api.GET('/api/v1/tenants/{id}/timeline', { params: { path: { id }, query: { limit: 50 } } })),
    }),
};
