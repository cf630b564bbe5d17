import type { components } from '@tamago/api-client';
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError } from '@/lib/api/api-error';
import { api, unwrap } from '@/lib/api/client';
import { saveBlob } from '@/lib/download/save-blob';

export type DebitMandate = components['schemas']['DebitMandateDto'];
export type CreateMandateBody = components['schemas']['CreateMandateDto'];
export type DebitBatch = components['schemas']['DebitBatchDto'];
export type DebitBatchDetail = components['schemas']['DebitBatchDetailDto'];
export type DebitBatchItem = components['schemas']['DebitBatchItemDto'];
export type DebitSettings = components['schemas']['DebitSettingsViewDto'];
export type UpdateDebitSettingsBody = components['schemas']['UpdateDebitSettingsDto'];
export type MandateStatus = 'active' | 'suspended' | 'revoked';

export const DEBIT_PAGE_SIZE = 20;
export const MANDATE_STATUSES: MandateStatus[] = ['active', 'suspended', 'revoked'];

export const debitKeys = {
  all: ['debit'] as const,
  settings: () => [...debitKeys.all, 'settings'] as const,
  mandates: () => [...debitKeys.all, 'mandates'] as const,
  mandateList: (status: MandateStatus | undefined, page: number) => [...debitKeys.mandates(), status, page] as const,
  batches: () => [...debitKeys.all, 'batches'] as const,
  batchList: (page: number) => [...debitKeys.batches(), 'list', page] as const,
  batch: (id: string) => [...debitKeys.batches(), 'detail', id] as const,
};

const page = (n: number) => ({ limit: DEBIT_PAGE_SIZE, offset: n * DEBIT_PAGE_SIZE });

export const debitQueries = {
  settings: () =>
    queryOptions({
      queryKey: debitKeys.settings(),
      queryFn: () => unwrap(api.GET('/api/v1/debit-settings')),
    }),
  mandates: (status: MandateStatus | undefined, n: number) =>
    queryOptions({
      queryKey: debitKeys.mandateList(status, n),
      queryFn: () => unwrap(api.GET('/api/v1/debit-mandates', { params: { query: { status, ...page(n) } } })),
      placeholderData: keepPreviousData,
    }),
  batches: (n: number) =>
    queryOptions({
      queryKey: debitKeys.batchList(n),
      queryFn: () => unwrap(api.GET('/api/v1/debit-batches', { params: { query: page(n) } })),
      placeholderData: keepPreviousData,
    }),
  batch: (id: string) =>
    queryOptions({
      queryKey: debitKeys.batch(id),
      queryFn: () => unwrap(api.GET('/api/v1/debit-batches/{id}', { params: { path: { id } } })),
    }),
};

/** The consignor (委託者) and collecting account the bank needs on every request file. */
export function settingsComplete(s: DebitSettings | undefined): boolean {
  return !!s && !!s.consignorCode && !!s.consignorName && !!s.bankCode && !!s.branchCode && !!s.accountNumber;
}

export function useUpdateDebitSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateDebitSettingsBody) => unwrap(api.PATCH('/api/v1/debit-settings', { body })),
    onSuccess: (data) => queryClient.setQueryData(debitKeys.settings(), data),
  });
}

/** Registers a tenant's mandate (口座振替依頼書) with the payer's account. */
export function useCreateMandate() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateMandateBody) => unwrap(api.POST('/api/v1/debit-mandates', { body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: debitKeys.mandates() }),
  });
}

/** Changes a mandate's state: suspend, resume or revoke (a revoked mandate is never debited again). */
export function useSetMandateStatus() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, status }: { id: string; status: MandateStatus }) =>
      unwrap(api.PATCH('/api/v1/debit-mandates/{id}', { params: { path: { id } }, body: { status } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: debitKeys.mandates() }),
  });
}

/** Builds the month's request file: every open invoice of a tenant with an active mandate. */
export function useCreateDebitBatch() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (debitDate: string) => unwrap(api.POST('/api/v1/debit-batches', { body: { debitDate } })),
    onSuccess: (batch) => {
      queryClient.setQueryData(debitKeys.batch(batch.id), batch);
      void queryClient.invalidateQueries({ queryKey: debitKeys.batches() });
    },
  });
}

/** Downloads the Zengin request file for the bank under the server's file name. */
export async function downloadDebitFile(batch: DebitBatch): Promise<void> {
  const res = await api.GET('/api/v1/debit-batches/{id}/file', {
    params: { path: { id: batch.id } },
    parseAs: 'blob',
  } as never);
  const { data, error, response } = res as { data?: Blob; error?: unknown; response: Response };
  if (!response.ok || !data) throw new ApiError(response.status, error);
  const named = /filename="([^"]+)"/.exec(response.headers.get('Content-Disposition') ?? '')?.[1];
  saveBlob(data, named ?? batch.fileName);
}

/** Imports the bank's result file: debited items become payments, the others say why. */
export function useImportDebitResult(batchId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (file: File) => {
      const body = new FormData();
      body.append('file', file);
      return unwrap(
        api.POST('/api/v1/debit-batches/{id}/result', {
          params: { path: { id: batchId } },
          body: body as never,
          bodySerializer: (b: unknown) => b as FormData,
        }),
      );
    },
    onSuccess: (batch) => {
      queryClient.setQueryData(debitKeys.batch(batch.id), batch);
      void queryClient.invalidateQueries({ queryKey: debitKeys.batches() });
      void queryClient.invalidateQueries({ queryKey: ['arrears'] });
    },
  });
}
