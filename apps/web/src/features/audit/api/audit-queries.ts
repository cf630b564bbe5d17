import type { components, paths } from '@tamago/api-client';
import { keepPreviousData, queryOptions } from '@tanstack/react-query';
import { z } from 'zod';
import { api, unwrap } from '@/lib/api/client';

export type AuditEvent = components['schemas']['AuditEventDto'];
type AuditParams = NonNullable<paths['/api/v1/audit-events']['get']['parameters']['query']>;

export const AUDIT_PAGE_SIZE = 25;
export const AUDIT_ACTIONS = ['create', 'update', 'delete'] as const;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The audit log's filters live in the URL. */
export const auditSearchSchema = z.object({
  entity: z.string().max(64).optional().catch(undefined),
  action: z.enum(AUDIT_ACTIONS).optional().catch(undefined),
  from: z.string().regex(DATE).optional().catch(undefined),
  to: z.string().regex(DATE).optional().catch(undefined),
  page: z.number().int().min(0).optional().catch(undefined),
});

export type AuditSearch = z.infer<typeof auditSearchSchema>;

// Calendar dates are the facility's (Asia/Tokyo): from its first instant to the end of the `to` day.
const startOf = (d: string) => `${d}T00:00:00+09:00`;
const endOf = (d: string) => `${d}T23:59:59.999+09:00`;

export function toAuditParams(s: AuditSearch): AuditParams {
  return {
    entity: s.entity || undefined,
    action: s.action,
    from: (s.from ? startOf(s.from) : undefined) as never,
    to: (s.to ? endOf(s.to) : undefined) as never,
    limit: AUDIT_PAGE_SIZE,
    offset: (s.page ?? 0) * AUDIT_PAGE_SIZE,
  };
}

export const auditKeys = {
  all: ['audit-events'] as const,
  lists: () => [...auditKeys.all, 'list'] as const,
  list: (params: AuditParams) => [...auditKeys.lists(), params] as const,
};

export const auditQueries = {
  list: (params: AuditParams) =>
    queryOptions({
      queryKey: auditKeys.list(params),
      queryFn: () => unwrap(api.GET('/api/v1/audit-events', { params: { query: params } })),
      placeholderData: keepPreviousData,
    }),
};
