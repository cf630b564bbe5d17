import type { components, paths } from '@tamago/api-client';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

export type Tenant = components['schemas']['TenantDto'];
export type TenantStatus = Tenant['status'];
export type TenantKind = Tenant['kind'];
export type TenantListParams = NonNullable<paths['/api/v1/tenants']['get']['parameters']['query']>;

export const TENANT_STATUSES: TenantStatus[] = [
  'applicant',
  'screening',
  'approved',
  'active',
  'graduated',
  'withdrawn',
  'rejected',
];
export const TENANT_KINDS: TenantKind[] = ['corporation', 'sole_proprietor', 'individual', 'support_client'];

export const tenantKeys = {
  all: ['tenants'] as const,
  lists: () => [...tenantKeys.all, 'list'] as const,
  list: (params: TenantListParams) => [...tenantKeys.lists(), params] as const,
  details: () => [...tenantKeys.all, 'detail'] as const,
  detail: (id: string) => [...tenantKeys.details(), id] as const,
};

export const tenantQueries = {
  list: (params: TenantListParams) =>
    queryOptions({
      queryKey: tenantKeys.list(params),
      queryFn: () => unwrap(api.GET('/api/v1/tenants', { params: { query: params } })),
      placeholderData: keepPreviousData,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: tenantKeys.detail(id),
      queryFn: () => unwrap(api.GET('/api/v1/tenants/{id}', { params: { path: { id } } })),
    }),
};
