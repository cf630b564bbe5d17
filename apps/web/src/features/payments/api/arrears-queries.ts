import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { ArrearsReport } from './receivable-types';

export const arrearsKeys = {
  all: ['arrears'] as const,
  report: (asOf: string | undefined) => [...arrearsKeys.all, asOf ?? 'today'] as const,
};

export const arrearsQueries = {
  report: (asOf?: string) =>
    queryOptions({
      queryKey: arrearsKeys.report(asOf),
      queryFn: () => unwrap<ArrearsReport>(api.GET('/api/v1/arrears', { params: { query: { asOf } } }) as never),
    }),
};
