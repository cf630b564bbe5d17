import { useQuery } from '@tanstack/react-query';
import { api, unwrap } from './client';

/**
 * Tenant names by id for lists whose rows carry only a tenantId (charges, credits, arrears). A facility has
 * about 112 tenants, so the first 200 by name cover it; until the API names tenants beside their ids.
 */
export function useTenantNames(): (id: string | null | undefined) => string {
  const list = useQuery({
    queryKey: ['tenants', 'list', { limit: 200, sort: 'name', names: true }],
    queryFn: () => unwrap(api.GET('/api/v1/tenants', { params: { query: { limit: 200, sort: 'name' } } })),
    staleTime: 60_000,
  });
  const names = new Map((list.data?.items ?? []).map((t) => [t.id, t.name]));
  return (id) => (id ? (names.get(id) ?? '') : '');
}
