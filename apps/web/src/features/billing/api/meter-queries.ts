import type { components } from '@tamago/api-client';
import { keepPreviousData, queryOptions, useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

export type MeterReading = components['schemas']['MeterReadingDto'];
export type CreateMeterReadingBody = components['schemas']['CreateMeterReadingDto'];
export type MeterKind = MeterReading['kind'];

export const METER_KINDS: MeterKind[] = ['electricity', 'water', 'gas'];
export const METER_PAGE_SIZE = 25;

export interface MeterListParams {
  period?: string;
  kind?: MeterKind;
  page: number;
}

export const meterKeys = {
  all: ['meter-readings'] as const,
  list: (p: MeterListParams) => [...meterKeys.all, 'list', p] as const,
};

export const meterQueries = {
  /** The rooms a reading can be for, by code (a facility has well under 200). */
  spaces: () =>
    queryOptions({
      queryKey: ['leasing', 'spaces'] as const,
      queryFn: () => unwrap(api.GET('/api/v1/spaces', { params: { query: { limit: 200, sort: 'code' } } })),
    }),
  list: (p: MeterListParams) =>
    queryOptions({
      queryKey: meterKeys.list(p),
      queryFn: () =>
        unwrap(
          api.GET('/api/v1/meter-readings', {
            params: {
              query: {
                period: p.period,
                kind: p.kind,
                limit: METER_PAGE_SIZE,
                offset: p.page * METER_PAGE_SIZE,
              },
            },
          }),
        ),
      placeholderData: keepPreviousData,
    }),
};

/** Records one reading by hand; consumption is counted from the meter's previous reading. */
export function useCreateMeterReading() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateMeterReadingBody) => unwrap(api.POST('/api/v1/meter-readings', { body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: meterKeys.all }),
  });
}

/** Removes a meter's latest reading (an earlier one cannot go: the next consumption depends on it). */
export function useDeleteMeterReading() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => unwrap(api.DELETE('/api/v1/meter-readings/{id}', { params: { path: { id } } })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: meterKeys.all }),
  });
}

/** Uploads a readings CSV; a dry run checks every row and writes nothing. */
export function useImportMeterReadings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun }: { file: File; dryRun: boolean }) => {
      const body = new FormData();
      body.append('file', file);
      return unwrap(
        api.POST('/api/v1/meter-readings/import', {
          params: { query: { dryRun } },
          body: body as never,
          bodySerializer: (b: unknown) => b as FormData,
        }),
      );
    },
    onSuccess: (r) => {
      if (!r.dryRun) void queryClient.invalidateQueries({ queryKey: meterKeys.all });
    },
  });
}
