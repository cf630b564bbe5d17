import { BarChart } from '@mantine/charts';
import { Paper, SimpleGrid, Text } from '@mantine/core';
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
        {/* Sales and profit differ by two orders of magnitude: one chart each keeps both readable. */}
        <SimpleGrid cols={2} spacing="lg">
          {(
            [
              [t('plans.sales'), t('plans.targetSales'), t('plans.actualSales')],
              [t('plans.operatingProfit'), t('plans.targetProfit'), t('plans.actualProfit')],
            ] as const
          ).map(([title, target, actual]) => (
            <div key={title}>
              <Text size="xs" c="dark.6" mb={4}>
                {title}
              </Text>
              <BarChart
                h={220}
                data={data}
                dataKey="year"
                valueFormatter={(v) => formatYen(v)}
                withLegend
                series={[
                  { name: target, color: 'gray.5' },
                  { name: actual, color: 'teal.7' },
                ]}
              />
            </div>
          ))}
        </SimpleGrid>
      </div>
    </Paper>
  );
}
