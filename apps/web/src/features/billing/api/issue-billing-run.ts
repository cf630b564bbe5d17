import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import type { BillingRun } from './billing-run-queries';
import { runKeys } from './billing-run-queries';
import { invoiceKeys } from './invoice-queries';

/** Issues a previewed run (a job); the run's list is polled for its progress afterwards. */
export function useIssueBillingRun() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: { run: BillingRun; issueDate?: string }) =>
      unwrap<BillingRun>(
        api.POST('/api/v1/billing-runs/{id}/issue', {
          params: { path: { id: v.run.id } },
          body: v.issueDate ? { issueDate: v.issueDate } : {},
        }),
      ),
    onSuccess: (run) => {
      void queryClient.invalidateQueries({ queryKey: runKeys.list(run.period) });
      void queryClient.invalidateQueries({ queryKey: invoiceKeys.lists() });
    },
  });
}
