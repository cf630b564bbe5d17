import type { components } from '@tamago/api-client';
import { queryOptions } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';

export type BillingRun = components['schemas']['BillingRunDto'];
export type BillingRunDiff = components['schemas']['BillingRunDiffDto'];
export type IssuingWarning = BillingRun['warnings'][number];

export const runKeys = {
  all: ['billing-runs'] as const,
  lists: () => [...runKeys.all, 'list'] as const,
  list: (period: string) => [...runKeys.lists(), period] as const,
};

/** A preview or an issue is a job on the worker: the run moves while it is previewing or issuing. */
export function isRunActive(run: Pick<BillingRun, 'status'> | undefined): boolean {
  return run?.status === 'previewing' || run?.status === 'issuing';
}

/** The run a person works on for a period: the newest one (a supplementary run follows the regular one). */
export function latestRun(runs: BillingRun[]): BillingRun | undefined {
  return [...runs].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0];
}

const POLL_MS = 1000;

export const runQueries = {
  /** The period's runs, polled every second while one of them runs, so progress shows after leaving and coming back. */
  forPeriod: (period: string) =>
    queryOptions({
      queryKey: runKeys.list(period),
      queryFn: () => unwrap(api.GET('/api/v1/billing-runs', { params: { query: { period, limit: 20 } } })),
      refetchInterval: (query) => (query.state.data?.items.some(isRunActive) ? POLL_MS : false),
    }),
};
