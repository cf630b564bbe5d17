import type { components } from '@tamago/api-client';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '@/lib/api/api-error';
import { api, unwrap } from '@/lib/api/client';
import { portalKeys } from './portal-queries';

export type Survey = components['schemas']['PortalKpiSurveyDto'];
export type Submission = components['schemas']['KpiSubmissionDto'];
export type Figures = components['schemas']['KpiFiguresDto'];

export const surveyKeys = {
  all: [...portalKeys.all, 'surveys'] as const,
  list: () => [...surveyKeys.all, 'list'] as const,
  submission: (id: string) => [...surveyKeys.all, 'submission', id] as const,
};

export const surveyQueries = {
  list: () =>
    queryOptions({ queryKey: surveyKeys.list(), queryFn: () => unwrap(api.GET('/api/v1/portal/kpi-surveys')) }),
  /** The tenant's submitted answer, or null before the first submission (the API answers 404). */
  submission: (id: string) =>
    queryOptions({
      queryKey: surveyKeys.submission(id),
      queryFn: async (): Promise<Submission | null> => {
        try {
          return await unwrap(api.GET('/api/v1/portal/kpi-surveys/{id}/submission', { params: { path: { id } } }));
        } catch (e) {
          if (e instanceof ApiError && e.status === 404) return null;
          throw e;
        }
      },
    }),
};

export function useSubmitSurvey(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Figures) =>
      unwrap(api.PUT('/api/v1/portal/kpi-surveys/{id}/submission', { params: { path: { id } }, body })),
    onSuccess: (saved) => {
      queryClient.setQueryData(surveyKeys.submission(id), saved);
      void queryClient.invalidateQueries({ queryKey: surveyKeys.list() });
      void queryClient.invalidateQueries({ queryKey: portalKeys.summary() });
    },
  });
}

export type SurveyDraft = components['schemas']['KpiDraftDto'];
export type DraftFigures = components['schemas']['KpiDraftFiguresDto'];

/** Keeps the unsent answer on the server (it follows the tenant to another device); the survey list carries it. */
export function useSaveSurveyDraft(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: DraftFigures) =>
      unwrap(api.PUT('/api/v1/portal/kpi-surveys/{id}/draft', { params: { path: { id } }, body })),
    onSuccess: (draft) => {
      queryClient.setQueryData(surveyKeys.list(), (prev: { items: Survey[]; total: number } | undefined) =>
        prev ? { ...prev, items: prev.items.map((s) => (s.id === id ? { ...s, draft } : s)) } : prev,
      );
    },
  });
}
