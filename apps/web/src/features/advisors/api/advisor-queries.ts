import type { components } from '@tamago/api-client';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api, unwrap } from '@/lib/api/client';
import { addDays, tokyoStart } from './week';

export type Advisor = components['schemas']['AdvisorView'];
export type WeeklySlot = components['schemas']['WeeklySlotDto'];
export type Session = components['schemas']['AdvisorySessionView'];

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The chosen advisor and week live in the URL. */
export const advisorsSearchSchema = z.object({
  advisor: z.string().uuid().optional().catch(undefined),
  week: z.string().regex(DATE).optional().catch(undefined),
});
export type AdvisorsSearch = z.infer<typeof advisorsSearchSchema>;

export const advisorKeys = {
  all: ['advisors'] as const,
  list: () => [...advisorKeys.all, 'list'] as const,
  week: (advisorId: string, monday: string) => ['advisory-sessions', 'week', advisorId, monday] as const,
  organizations: () => ['organizations', 'names'] as const,
};

export const advisorQueries = {
  list: () =>
    queryOptions({
      queryKey: advisorKeys.list(),
      queryFn: () => unwrap(api.GET('/api/v1/advisors', { params: { query: { limit: 200 } } })),
    }),
  week: (advisorId: string, monday: string) =>
    queryOptions({
      queryKey: advisorKeys.week(advisorId, monday),
      queryFn: () =>
        unwrap(
          api.GET('/api/v1/advisory-sessions', {
            params: {
              query: {
                advisorId,
                from: tokyoStart(monday),
                to: tokyoStart(addDays(monday, 7)),
                limit: 200,
              },
            },
          }),
        ),
    }),
  // Partner organisations by id, for the advisors' "organisation" column.
  organizations: () =>
    queryOptions({
      queryKey: advisorKeys.organizations(),
      queryFn: () => unwrap(api.GET('/api/v1/organizations', { params: { query: { limit: 200 } } })),
      staleTime: 60_000,
    }),
};

export type Availability = components['schemas']['AvailabilityDto'];
export type AdvisorInput = components['schemas']['CreateAdvisorDto'];
export const ADVISOR_KINDS: readonly Advisor['kind'][] = [
  'staff',
  'technical_coordinator',
  'certified_sme_consultant',
  'university_researcher',
  'specialist',
  'other',
];

/** Saves an advisor's availability: the weekly pattern and the one-off slots. */
export function useSaveAvailability(advisor: Advisor) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (availability: Availability) =>
      unwrap(
        api.PATCH('/api/v1/advisors/{id}', {
          params: { path: { id: advisor.id } },
          body: { active: advisor.active, availability },
        }),
      ),
    onSuccess: () => qc.invalidateQueries({ queryKey: advisorKeys.list() }),
  });
}

/** Registers an advisor, or changes one (name, kind, organisation, expertise, whether they take bookings). */
export function useSaveAdvisor(id: string | null) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: AdvisorInput) =>
      id
        ? unwrap(api.PATCH('/api/v1/advisors/{id}', { params: { path: { id } }, body }))
        : unwrap(api.POST('/api/v1/advisors', { body })),
    onSuccess: () => qc.invalidateQueries({ queryKey: advisorKeys.list() }),
  });
}
