import type { components } from '@tamago/api-client';
import { queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { portalKeys } from './portal-queries';

export type SubsidyCase = components['schemas']['SubsidyApplicationView'];
export type Attachment = components['schemas']['AttachmentView'];

export const subsidyKeys = {
  all: [...portalKeys.all, 'subsidies'] as const,
  list: () => [...subsidyKeys.all, 'list'] as const,
  detail: (id: string) => [...subsidyKeys.all, 'detail', id] as const,
  files: (id: string) => [...subsidyKeys.all, 'files', id] as const,
};

export const subsidyQueries = {
  list: () =>
    queryOptions({
      queryKey: subsidyKeys.list(),
      queryFn: () => unwrap(api.GET('/api/v1/subsidy-applications', { params: { query: { limit: 200 } } })),
    }),
  /** One case with its computed deadlines (tenant users get it without staff notes). */
  detail: (id: string) =>
    queryOptions({
      queryKey: subsidyKeys.detail(id),
      queryFn: () => unwrap(api.GET('/api/v1/subsidy-applications/{id}', { params: { path: { id } } })),
    }),
  files: (id: string) =>
    queryOptions({
      queryKey: subsidyKeys.files(id),
      queryFn: () => unwrap(api.GET('/api/v1/subsidy-applications/{id}/attachments', { params: { path: { id } } })),
    }),
};

export function fetchAttachment(caseId: string, attachmentId: string): Promise<Blob> {
  return unwrap<Blob>(
    api.GET('/api/v1/subsidy-applications/{id}/attachments/{attachmentId}', {
      params: { path: { id: caseId, attachmentId } },
      parseAs: 'blob',
    }),
  );
}

export function useUploadEvidence(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ purpose, file }: { purpose: string; file: File }) => {
      const body = new FormData();
      body.append('purpose', purpose);
      body.append('file', file);
      return unwrap(
        api.POST('/api/v1/subsidy-applications/{id}/attachments', {
          params: { path: { id: caseId } },
          body: body as never,
          bodySerializer: (b: unknown) => b as FormData,
        }),
      );
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: subsidyKeys.files(caseId) }),
  });
}

export type ChecklistName = 'prerequisites' | 'evidence';

/**
 * Ticks or unticks an item of the tenant's own case (only the items it keeps; the API refuses staff
 * items). The case read is replaced by the answer.
 */
export function useTickChecklist(caseId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ list, key, done }: { list: ChecklistName; key: string; done: boolean }) =>
      unwrap(
        api.PUT('/api/v1/portal/subsidy-applications/{id}/checklist/{list}/{key}', {
          params: { path: { id: caseId, list, key } },
          body: { done },
        }),
      ),
    onSuccess: (saved) => {
      queryClient.setQueryData(subsidyKeys.detail(caseId), saved);
      void queryClient.invalidateQueries({ queryKey: subsidyKeys.list() });
    },
  });
}
