import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api, unwrap } from '@/lib/api/client';
import { tenantKeys } from './tenant-queries';

/** Uploads a tenant CSV (a dry run first checks every row; nothing is written while any row is wrong). */
export function useImportTenants() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, dryRun }: { file: File; dryRun: boolean }) => {
      const body = new FormData();
      body.append('file', file);
      return unwrap(
        api.POST('/api/v1/imports/tenants', {
          params: { query: { dryRun } },
          body: body as never,
          bodySerializer: (b: unknown) => b as FormData,
        }),
      );
    },
    onSuccess: (result) => {
      if (!result.dryRun) void queryClient.invalidateQueries({ queryKey: tenantKeys.lists() });
    },
  });
}
