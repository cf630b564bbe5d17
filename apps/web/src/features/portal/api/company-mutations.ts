import type { components } from '@tamago/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { portalKeys } from './portal-queries';

export type CompanyUpdate = Pick<
  components['schemas']['UpdateTenantDto'],
  'representative' | 'address' | 'industry' | 'employees' | 'website' | 'contacts'
>;

/** The fields a tenant admin may change (the API refuses any other). */
export const EDITABLE_FIELDS = ['representative', 'address', 'industry', 'employees', 'website'] as const;

export function useUpdateCompany(tenantId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CompanyUpdate) =>
      unwrap(api.PATCH('/api/v1/tenants/{id}', { params: { path: { id: tenantId } }, body })),
    onSuccess: (tenant) => queryClient.setQueryData(portalKeys.company(tenantId), tenant),
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      unwrap(api.POST('/api/v1/me/password', { body })),
  });
}
