import type { Schema } from '@tamago/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { tenantKeys, type TenantStatus } from './tenant-queries';

type TransitionBody = Schema<'TenantTransitionDto'>;

/** The steps the lifecycle allows from each status (mirrors the tenants library; the API enforces it). */
export const NEXT_STATUSES: Record<TenantStatus, TenantStatus[]> = {
  applicant: ['screening', 'withdrawn'],
  screening: ['approved', 'rejected', 'withdrawn'],
  approved: ['active', 'withdrawn'],
  active: ['graduated', 'withdrawn'],
  graduated: [],
  withdrawn: [],
  rejected: [],
};

/** The record each step requires. */
export const REQUIRED_DETAILS: Record<TenantStatus, (keyof TransitionBody)[]> = {
  applicant: [],
  screening: [],
  approved: ['reviews', 'decidedOn'],
  rejected: ['reviews', 'decidedOn'],
  active: ['enteredOn'],
  graduated: ['graduatedOn', 'reason', 'destination'],
  withdrawn: ['withdrawnOn', 'reason'],
};

export function useTenantTransition(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: TransitionBody) =>
      unwrap(api.POST('/api/v1/tenants/{id}/transitions', { params: { path: { id } }, body })),
    onSuccess: (tenant) => {
      queryClient.setQueryData(tenantKeys.detail(id), tenant);
      void queryClient.invalidateQueries({ queryKey: tenantKeys.lists() });
    },
  });
}
