import { BarChart } from '@mantine/charts';
import { Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatYen } from '@/lib/format';
import type { ImprovementPlan } from '../api/partner-queries';

/** Targets against actuals per fiscal year (the latest review of each year), sales and operating profit. */
export function PlanChart({ plan }: { plan: ImprovementPlan }) {
  const { t } = useTranslation('partners');
  const latest = new Map<number, ImprovementPlan['reviews'][number]>();
  for (const r of [...plan.reviews].sort((a, b) => a.reviewedOn.localeCompare(b.reviewedOn)))
    latest.set(r.fiscalYear, r);
  const data = plan.targets.map((y) => ({
    year: t('plans.fy', { year: y.fiscalYear }),
    [t('plans.targetSales')]: y.sales,
    [t('plans.actualSales')]: latest.get(y.fiscalYear)?.actualSales ?? null,
    [t('plans.targetProfit')]: y.operatingProfit,
    [t('plans.actualProfit')]: latest.get(y.fiscalYear)?.actualOperatingProfit ?? null,
  }));
  return (
    <Paper withBorder p="md" radius="md">
      <Text size="sm" fw={600} mb="xs" id={`plan-chart-${plan.id}`}>
        {t('plans.chartTitle')}
      </Text>
      <div role="img" aria-labelledby={`plan-chart-${plan.id}`}>
        <BarChart
          h={240}
          data={data}
          dataKey="year"
          valueFormatter={(v) => formatYen(v)}
          withLegend
          series={[
            { name: t('plans.targetSales'), color: 'gray.5' },
            { name: t('plans.actualSales'), color: 'teal.7' },
            { name: t('plans.targetProfit'), color: 'gray.3' },
            { name: t('plans.actualProfit'), color: 'indigo.6' },
          ]}
        />
      </div>
    </Paper>
  );
}
