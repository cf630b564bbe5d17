import { api, unwrap } from '@/lib/api/client';
import { saveBlob } from '@/lib/download/save-blob';
import type { TenantListParams } from './tenant-queries';

/** Downloads the tenant list with the current filters as CSV or XLSX. */
export async function exportTenants(format: 'csv' | 'xlsx', params: TenantListParams): Promise<void> {
  const query = { q: params.q, status: params.status, kind: params.kind } as never;
  const blob =
    format === 'csv'
      ? await unwrap(api.GET('/api/v1/exports/tenants.csv', { params: { query }, parseAs: 'blob' }))
      : await unwrap(api.GET('/api/v1/exports/tenants.xlsx', { params: { query }, parseAs: 'blob' }));
  saveBlob(blob as Blob, `tenants.${format}`);
}
