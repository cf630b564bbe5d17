import { Alert, Paper, SimpleGrid, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatYen } from '@/lib/format';
import type { Dashboard } from '../api/dashboard-query';
import { AGING_BUCKETS, AgingBars } from './aging-bars';
import { StatCard } from './stat-card';

/** Billed and collected this month, arrears, and the arrears by age as bars. Hidden for roles without money. */
export function MoneySection({ data }: { data: Dashboard }) {
  const { t } = useTranslation('dashboard');
  if (!data.billing || !data.arrears) {
    return <Alert color="gray">{t('noMoney')}</Alert>;
  }
  const { billing, arrears } = data;
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
      <SimpleGrid cols={{ base: 1, sm: 3, md: 1, lg: 3 }} spacing="md">
        <StatCard
          label={t('cards.billed')}
          value={formatYen(billing.billed)}
          detail={t('units.invoices', { count: billing.invoices })}
          to="/billing"
          search={{ tab: 'invoices' }}
        />
        <StatCard
          label={t('cards.collected')}
          value={formatYen(billing.collected)}
          detail={t('units.payments', { count: billing.payments })}
          to="/payments"
        />
        <StatCard
          label={t('cards.overdue')}
          value={formatYen(arrears.overdue)}
          detail={t('units.tenantsInArrears', { count: arrears.tenants })}
          to="/payments"
          search={{ tab: 'arrears' }}
          tone={arrears.overdue > 0 ? 'warn' : 'default'}
        />
      </SimpleGrid>
      <Paper withBorder p="md" radius="md">
        <Text size="sm" fw={600} c="dimmed" mb="xs" id="aging-title">
          {t('aging.title')}
        </Text>
        {AGING_BUCKETS.every((b) => arrears.aging[b] === 0) ? (
          <Text size="sm" c="dimmed" ta="center" py="xl">
            {t('aging.empty')}
          </Text>
        ) : (
          <AgingBars aging={arrears.aging} labelledBy="aging-title" />
        )}
      </Paper>
    </SimpleGrid>
  );
}
