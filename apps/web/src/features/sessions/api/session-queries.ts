import type { components, paths } from '@tamago/api-client';
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api, unwrap } from '@/lib/api/client';

export type Session = components['schemas']['AdvisorySessionView'];
export type FollowUp = components['schemas']['FollowUpDto'];
export type SessionPatch = components['schemas']['UpdateAdvisorySessionDto'];
export type CreateSession = components['schemas']['CreateAdvisorySessionDto'];
export type SessionStatus = Session['status'];
export type SessionTopic = Session['topic'];
type ListParams = NonNullable<paths['/api/v1/advisory-sessions']['get']['parameters']['query']>;

export const SESSION_PAGE_SIZE = 25;
export const SESSION_STATUSES: readonly SessionStatus[] = ['booked', 'completed', 'cancelled', 'no_show'];
export const SESSION_TOPICS: readonly SessionTopic[] = [
  'subsidy',
  'funding',
  'technology',
  'intellectual_property',
  'sales_marketing',
  'management',
  'legal',
  'human_resources',
  'carbon_neutrality',
  'facility',
  'other',
];
export const CHANNELS = ['phone', 'walk_in', 'email', 'online', 'onsite'] as const;

/** The sessions list's filters and the open session live in the URL. */
export const sessionsSearchSchema = z.object({
  status: z.enum(['booked', 'completed', 'cancelled', 'no_show']).optional().catch(undefined),
  kind: z.enum(['appointment', 'consultation']).optional().catch(undefined),
  page: z.number().int().min(0).optional().catch(undefined),
  session: z.string().uuid().optional().catch(undefined),
});
export type SessionsSearch = z.infer<typeof sessionsSearchSchema>;

export function toSessionParams(s: SessionsSearch): ListParams {
  return { status: s.status, kind: s.kind, limit: SESSION_PAGE_SIZE, offset: (s.page ?? 0) * SESSION_PAGE_SIZE };
}

export const sessionKeys = {
  all: ['advisory-sessions'] as const,
  lists: () => [...sessionKeys.all, 'list'] as const,
  list: (params: ListParams) => [...sessionKeys.lists(), params] as const,
  detail: (id: string) => [...sessionKeys.all, 'detail', id] as const,
  advisors: () => ['advisors', 'names'] as const,
};

export const sessionQueries = {
  list: (params: ListParams) =>
    queryOptions({
      queryKey: sessionKeys.list(params),
      queryFn: () => unwrap(api.GET('/api/v1/advisory-sessions', { params: { query: params } })),
      placeholderData: keepPreviousData,
    }),
  detail: (id: string) =>
    queryOptions({
      queryKey: sessionKeys.detail(id),
      queryFn: () => unwrap(api.GET('/api/v1/advisory-sessions/{id}', { params: { path: { id } } })),
    }),
  advisors: () =>
    queryOptions({
      queryKey: sessionKeys.advisors(),
      queryFn: () => unwrap(api.GET('/api/v1/advisors', { params: { query: { limit: 200 } } })),
      staleTime: 60_000,
    }),
};

function useRefresh() {
  const qc = useQueryClient();
  return (s: Session) => {
    qc.setQueryData(sessionKeys.detail(s.id), s);
    void qc.invalidateQueries({ queryKey: sessionKeys.lists() });
    // The advisors' week calendars read the same sessions.
    void qc.invalidateQueries({ queryKey: ['advisory-sessions', 'week'] });
  };
}

export function useUpdateSession(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: SessionPatch) =>
      unwrap(api.PATCH('/api/v1/advisory-sessions/{id}', { params: { path: { id } }, body })),
    onSuccess: refresh,
  });
}

export function useSessionTransition(id: string) {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: components['schemas']['SessionTransitionDto']) =>
      unwrap(api.POST('/api/v1/advisory-sessions/{id}/transitions', { params: { path: { id } }, body })),
    onSuccess: refresh,
  });
}

export function useCreateSession() {
  const refresh = useRefresh();
  return useMutation({
    mutationFn: (body: CreateSession) => unwrap(api.POST('/api/v1/advisory-sessions', { body })),
    onSuccess: refresh,
  });
}
