import { LineChart } from '@mantine/charts';
import { Paper, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';
import { tenantDetailQueries } from '../api/tenant-detail-queries';

/** Employees and revenue per survey period. */
export function TenantKpiChart({ tenantId }: { tenantId: string }) {
  const { t } = useTranslation('tenants');
  const kpi = useQuery(tenantDetailQueries.kpi(tenantId));
  const data = (kpi.data?.items ?? []).map((k) => ({
    period: k.period ?? '',
    employees: k.employees,
    revenue: k.revenue,
  }));
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h4" mb="sm" id="kpi-title">
        {t('kpi.title')}
      </Title>
      {data.length === 0 ? (
        <Text c="dimmed">{t('kpi.none')}</Text>
      ) : (
        <LineChart
          h={260}
          data={data}
          dataKey="period"
          role="img"
          aria-labelledby="kpi-title"
          withRightYAxis
          valueFormatter={formatNumber}
          series={[
            { name: 'employees', label: t('kpi.employees'), color: 'teal.7' },
            { name: 'revenue', label: t('kpi.revenue'), color: 'indigo.7', yAxisId: 'right' },
          ]}
          withLegend
        />
      )}
    </Paper>
  );
}
