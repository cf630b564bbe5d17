import { z } from 'zod';
import { TENANT_KINDS, TENANT_STATUSES, type TenantListParams } from './tenant-queries';

export const TENANT_PAGE_SIZE = 25;
const SORTS = ['name', '-name', 'createdAt', '-createdAt', 'status', 'enteredOn', '-enteredOn'] as const;

/** The tenant list's state lives in the URL: search, filters, sort and page. */
export const tenantSearchSchema = z.object({
  q: z.string().max(100).optional().catch(undefined),
  status: z
    .enum(TENANT_STATUSES as [string, ...string[]])
    .optional()
    .catch(undefined),
  kind: z
    .enum(TENANT_KINDS as [string, ...string[]])
    .optional()
    .catch(undefined),
  sort: z.enum(SORTS).optional().catch(undefined),
  page: z.number().int().min(0).optional().catch(undefined),
  /** Columns the user hid (column choice; kept in saved views). */
  hide: z.array(z.string().max(64)).max(20).optional().catch(undefined),
});

export type TenantSearch = z.infer<typeof tenantSearchSchema>;

export function toListParams(search: TenantSearch): TenantListParams {
  return {
    q: search.q || undefined,
    status: search.status as TenantListParams['status'],
    kind: search.kind as TenantListParams['kind'],
    sort: search.sort ?? 'name',
    limit: TENANT_PAGE_SIZE,
    offset: (search.page ?? 0) * TENANT_PAGE_SIZE,
  };
}
