import { Stack } from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { PageHeader } from '@/components/page-header';
import { tenantQueries } from '../api/tenant-queries';
import { TenantStatusBadge } from '../components/tenant-status-badge';

interface TenantPageProps {
  tenantId: string;
}

export function TenantPage({ tenantId }: TenantPageProps) {
  const { data: tenant } = useSuspenseQuery(tenantQueries.detail(tenantId));
  return (
    <Stack>
      <PageHeader
        title={tenant.name}
        description={tenant.nameKana}
        actions={<TenantStatusBadge status={tenant.status} />}
      />
    </Stack>
  );
}
