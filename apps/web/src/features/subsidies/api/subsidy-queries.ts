import type { components } from '@tamago/api-client';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { SubsidyTransition } from './subsidy-stages';

export type SubsidyCase = components['schemas']['SubsidyApplicationView'];
export type SubsidyProgram = components['schemas']['SubsidyProgramView'];

export const subsidyKeys = {
  all: ['subsidies'] as const,
  cases: () => [...subsidyKeys.all, 'cases'] as const,
  programs: () => [...subsidyKeys.all, 'programs'] as const,
  stats: () => [...subsidyKeys.all, 'stats'] as const,
};

export const subsidyQueries = {
  // A facility runs tens of open cases at a time; the board shows them all.
  cases: () =>
    queryOptions({
      queryKey: subsidyKeys.cases(),
      queryFn: () => unwrap(api.GET('/api/v1/subsidy-applications', { params: { query: { limit: 200 } } })),
    }),
  programs: () =>
    queryOptions({
      queryKey: subsidyKeys.programs(),
      queryFn: () => unwrap(api.GET('/api/v1/subsidy-programs', { params: { query: { limit: 100 } } })),
      staleTime: 60_000,
    }),
};

/** Moves a case one legal step, with the step's details; the board and the statistics refresh. */
export function useMoveCase() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: ({ id, body }: { id: string; body: SubsidyTransition }) =>
      unwrap(api.POST('/api/v1/subsidy-applications/{id}/transitions', { params: { path: { id } }, body })),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: subsidyKeys.cases() });
      void qc.invalidateQueries({ queryKey: subsidyKeys.stats() });
    },
  });
}

export type ProgramInput = components['schemas']['CreateSubsidyProgramDto'];
export type RoundInput = components['schemas']['RoundDto'];
export type NewCase = components['schemas']['CreateSubsidyApplicationDto'];
export type AllProgramStats = components['schemas']['NamedProgramStatsView'];

/** The adoption statistics of every programme and round, in one read. */
export const subsidyStatsQuery = () =>
  queryOptions({
    queryKey: subsidyKeys.stats(),
    queryFn: () => unwrap(api.GET('/api/v1/subsidy-programs/stats')),
  });

/** Creates a programme, or changes one (`rounds` replaces its list of rounds). */
export function useSaveProgram(id: string | null) {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: ProgramInput) =>
      id
        ? unwrap(api.PATCH('/api/v1/subsidy-programs/{id}', { params: { path: { id } }, body }))
        : unwrap(api.POST('/api/v1/subsidy-programs', { body })),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: subsidyKeys.programs() });
      void qc.invalidateQueries({ queryKey: subsidyKeys.stats() });
    },
  });
}

/** Opens a case for a tenant in a round; it starts in planning on the board. */
export function useCreateCase() {
  const qc = useQueryClient();
  return useMutation({
    mutationFn: (body: NewCase) => unwrap(api.POST('/api/v1/subsidy-applications', { body })),
    onSuccess: () => {
      void qc.invalidateQueries({ queryKey: subsidyKeys.cases() });
      void qc.invalidateQueries({ queryKey: subsidyKeys.stats() });
    },
  });
}
