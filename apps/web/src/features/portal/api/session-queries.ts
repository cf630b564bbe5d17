import type { components } from '@tamago/api-client';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { portalKeys } from './portal-queries';

type S = components['schemas'];
export type Session = S['AdvisorySessionView'];
export type Advisor = S['AdvisorView'];
export type Slot = S['OpenSlotView'];
export type Topic = S['CreateAdvisorySessionDto']['topic'];
export type SessionMode = NonNullable<S['CreateAdvisorySessionDto']['mode']>;

export const TOPICS: Topic[] = [
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

export const sessionKeys = {
  all: [...portalKeys.all, 'sessions'] as const,
  list: () => [...sessionKeys.all, 'list'] as const,
  quota: (tenantId: string) => [...sessionKeys.all, 'quota', tenantId] as const,
  advisors: () => [...sessionKeys.all, 'advisors'] as const,
  slots: (advisorId: string, from: string, to: string) => [...sessionKeys.all, 'slots', advisorId, from, to] as const,
};

export const sessionQueries = {
  list: () =>
    queryOptions({
      queryKey: sessionKeys.list(),
      queryFn: () => unwrap(api.GET('/api/v1/advisory-sessions', { params: { query: { limit: 200 } } })),
    }),
  quota: (tenantId: string) =>
    queryOptions({
      queryKey: sessionKeys.quota(tenantId),
      queryFn: () => unwrap(api.GET('/api/v1/tenants/{id}/advisory-quota', { params: { path: { id: tenantId } } })),
    }),
  advisors: () =>
    queryOptions({
      queryKey: sessionKeys.advisors(),
      queryFn: () => unwrap(api.GET('/api/v1/advisors', { params: { query: { limit: 200 } } })),
      staleTime: 5 * 60_000,
    }),
  slots: (advisorId: string, from: string, to: string) =>
    queryOptions({
      queryKey: sessionKeys.slots(advisorId, from, to),
      queryFn: () =>
        unwrap(
          api.GET('/api/v1/advisors/{id}/free-slots', { params: { path: { id: advisorId }, query: { from, to } } }),
        ),
    }),
};

/** Everything a booking changes: the lists, the quota, the advisor's slots and the portal home. */
function useInvalidateSessions() {
  const queryClient = useQueryClient();
  return () => {
    void queryClient.invalidateQueries({ queryKey: sessionKeys.all });
    void queryClient.invalidateQueries({ queryKey: portalKeys.summary() });
  };
}

export interface BookingInput {
  advisorId: string;
  slot: Slot;
  topic: Topic;
  mode: SessionMode;
  acceptCharge: boolean;
}

export function useBookSession() {
  const invalidate = useInvalidateSessions();
  return useMutation({
    mutationFn: (b: BookingInput) =>
      unwrap(
        api.POST('/api/v1/portal/advisory-sessions', {
          body: {
            kind: 'appointment',
            advisorId: b.advisorId,
            startsAt: b.slot.startsAt,
            endsAt: b.slot.endsAt,
            topic: b.topic,
            mode: b.mode,
            ...(b.acceptCharge ? { acceptCharge: true } : {}),
          },
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useRescheduleSession() {
  const invalidate = useInvalidateSessions();
  return useMutation({
    mutationFn: ({ id, slot }: { id: string; slot: Slot }) =>
      unwrap(
        api.PATCH('/api/v1/advisory-sessions/{id}', {
          params: { path: { id } },
          body: { startsAt: slot.startsAt, endsAt: slot.endsAt },
        }),
      ),
    onSuccess: invalidate,
  });
}

export function useCancelSession() {
  const invalidate = useInvalidateSessions();
  return useMutation({
    mutationFn: (id: string) =>
      unwrap(
        api.POST('/api/v1/advisory-sessions/{id}/transitions', {
          params: { path: { id } },
          body: { to: 'cancelled' },
        }),
      ),
    onSuccess: invalidate,
  });
}
