import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { runKeys } from './billing-run-queries';

/** Starts (or repeats) the preview of a period; the same period again returns the same run. */
export function useStartBillingRun() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: { period: string; supplementary?: boolean }) =>
      unwrap(api.POST('/api/v1/billing-runs', { body: v })),
    onSuccess: (run) => void queryClient.invalidateQueries({ queryKey: runKeys.list(run.period) }),
  });
}
