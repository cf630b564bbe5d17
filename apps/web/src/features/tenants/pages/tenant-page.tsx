import { Group, Stack, Tabs } from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { tenantQueries } from '../api/tenant-queries';
import { LifecycleMenu } from '../components/lifecycle-menu';
import { TenantKpiChart } from '../components/tenant-kpi-chart';
import { TenantLeases } from '../components/tenant-leases';
import { TenantProfile } from '../components/tenant-profile';
import { TenantStatement } from '../components/tenant-statement';
import { TenantStatusBadge } from '../components/tenant-status-badge';
import { TenantSupport } from '../components/tenant-support';
import { TenantTimeline } from '../components/tenant-timeline';
import { TENANT_TABS, type TenantTab } from '../tenant-tabs';

interface TenantPageProps {
  tenantId: string;
  tab: TenantTab;
  canWrite: boolean;
  canSeeMoney: boolean;
}

export function TenantPage({ tenantId, tab, canWrite, canSeeMoney }: TenantPageProps) {
  const { t } = useTranslation('tenants');
  const navigate = useNavigate({ from: '/tenants/$tenantId' });
  const { data: tenant } = useSuspenseQuery(tenantQueries.detail(tenantId));
  const tabs = TENANT_TABS.filter((x) => x !== 'statement' || canSeeMoney);
  return (
    <Stack gap="md">
      <PageHeader
        title={tenant.name}
        description={tenant.nameKana}
        actions={
          <Group gap="sm">
            <TenantStatusBadge status={tenant.status} />
            {canWrite && <LifecycleMenu tenant={tenant} />}
          </Group>
        }
      />
      <Tabs
        value={tab}
        onChange={(v) => void navigate({ search: { tab: (v as TenantTab) ?? undefined } })}
        keepMounted={false}
      >
        <Tabs.List>
          {tabs.map((x) => (
            <Tabs.Tab key={x} value={x}>
              {t(`tabs.${x}`)}
            </Tabs.Tab>
          ))}
        </Tabs.List>
        <Tabs.Panel value="profile" pt="md">
          <TenantProfile tenant={tenant} canWrite={canWrite} />
        </Tabs.Panel>
        <Tabs.Panel value="leases" pt="md">
          <TenantLeases tenantId={tenantId} />
        </Tabs.Panel>
        <Tabs.Panel value="statement" pt="md">
          <TenantStatement tenantId={tenantId} />
        </Tabs.Panel>
        <Tabs.Panel value="support" pt="md">
          <TenantSupport tenantId={tenantId} />
        </Tabs.Panel>
        <Tabs.Panel value="kpi" pt="md">
          <TenantKpiChart tenantId={tenantId} />
        </Tabs.Panel>
        <Tabs.Panel value="timeline" pt="md">
          <TenantTimeline tenantId={tenantId} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
