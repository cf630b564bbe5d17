import type { Schema } from '@tamago/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { leasingKeys } from './leasing-queries';

export type RenewBody = Schema<'RenewLeaseDto'>;

export function useRenewLease(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: RenewBody) => unwrap(api.POST('/api/v1/leases/{id}/renew', { params: { path: { id } }, body })),
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: leasingKeys.all }),
  });
}

export interface EndLeaseInput {
  to: 'ended' | 'terminated';
  terminatedOn?: string;
  reason?: string;
  settlement?: { settledOn: string; deductions: number; returned: number };
}

/** Ends or terminates a lease, then records the deposit settlement when one is given. */
export function useEndLease(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: async (v: EndLeaseInput) => {
      const path = { params: { path: { id } } };
      const lease = await unwrap(
        api.POST('/api/v1/leases/{id}/transitions', {
          ...path,
          body: {
            to: v.to,
            terminatedOn: v.to === 'terminated' ? v.terminatedOn : undefined,
            reason: v.reason || undefined,
          },
        }),
      );
      if (!v.settlement) return lease;
      return unwrap(api.PATCH('/api/v1/leases/{id}', { ...path, body: { depositSettlement: v.settlement } }));
    },
    onSuccess: () => void queryClient.invalidateQueries({ queryKey: leasingKeys.all }),
  });
}
