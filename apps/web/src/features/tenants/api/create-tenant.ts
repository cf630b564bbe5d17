import type { components } from '@tamago/api-client';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import type { TFunction } from 'i18next';
import { api, unwrap } from '@/lib/api/client';
import { TENANT_KINDS, tenantKeys } from './tenant-queries';

type CreateTenantBody = components['schemas']['CreateTenantDto'];

/** The new-tenant form, checked in the browser before the API checks it again. */
export function createTenantSchema(t: TFunction<'errors'>) {
  return z.object({
    name: z
      .string()
      .trim()
      .min(1, t('field.required'))
      .max(200, t('field.tooLong', { max: 200 })),
    nameKana: z.string().trim().min(1, t('field.required')),
    kind: z.enum(TENANT_KINDS as [string, ...string[]]),
    corporateNumber: z.string().trim(),
    representative: z.string().trim(),
  });
}

export type CreateTenantInput = z.infer<ReturnType<typeof createTenantSchema>>;

export function toCreateTenantBody(v: CreateTenantInput): CreateTenantBody {
  return {
    name: v.name,
    nameKana: v.nameKana,
    kind: v.kind as CreateTenantBody['kind'],
    ...(v.corporateNumber ? { corporateNumber: v.corporateNumber as never } : {}),
    ...(v.representative ? { representative: v.representative } : {}),
  };
}

export function useCreateTenant() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (v: CreateTenantInput) => unwrap(api.POST('/api/v1/tenants', { body: toCreateTenantBody(v) })),
    onSuccess: (tenant) => {
      void queryClient.invalidateQueries({ queryKey: tenantKeys.lists() });
      queryClient.setQueryData(tenantKeys.detail(tenant.id), tenant);
    },
  });
}
