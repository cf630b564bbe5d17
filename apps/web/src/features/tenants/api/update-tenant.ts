import type { Schema } from '@tamago/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { tenantKeys } from './tenant-queries';

export type UpdateTenantBody = Schema<'UpdateTenantDto'>;
export type ContactInput = Schema<'ContactDto'>;
export const CONTACT_ROLES: ContactInput['role'][] = ['representative', 'primary', 'billing', 'technical', 'other'];

/** Changes a tenant's profile or its contacts (the whole list is replaced). */
export function useUpdateTenant(id: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: UpdateTenantBody) =>
      unwrap(api.PATCH('/api/v1/tenants/{id}', { params: { path: { id } }, body })),
    onSuccess: (tenant) => {
      queryClient.setQueryData(tenantKeys.detail(id), tenant);
      void queryClient.invalidateQueries({ queryKey: tenantKeys.lists() });
    },
  });
}
