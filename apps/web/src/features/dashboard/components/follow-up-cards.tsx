import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { Dashboard } from '../api/dashboard-query';
import { StatCard } from './stat-card';

export function FollowUpCards({ data }: { data: Dashboard }) {
  const { t } = useTranslation('dashboard');
  const warn = (n: number) => (n > 0 ? 'warn' : 'default');
  return (
    <SimpleGrid cols={{ base: 2, md: 3, lg: 6 }} spacing="md">
      <StatCard
        label={t('cards.subsidyDeadlines')}
        value={t('units.items', { count: data.subsidyDeadlines.count })}
        to="/support/subsidies"
      />
      <StatCard
        label={t('cards.sessionsToday')}
        value={t('units.items', { count: data.sessionsToday.count })}
        to="/support/sessions"
      />
      <StatCard
        label={t('cards.leasesEnding')}
        value={t('units.items', { count: data.leasesEnding.count })}
        to="/rooms/leases"
        search={{ view: 'ending' }}
      />
      <StatCard
        label={t('cards.tenureNearing')}
        value={t('units.companies', { count: data.tenureNearing.count })}
        to="/rooms/leases"
        search={{ view: 'tenure' }}
      />
      <StatCard
        label={t('cards.followUpsOverdue')}
        value={t('units.items', { count: data.followUpsOverdue.count })}
        to="/support/referrals"
        tone={warn(data.followUpsOverdue.count)}
      />
      <StatCard
        label={t('cards.planReviewsOverdue')}
        value={t('units.items', { count: data.planReviewsOverdue.count })}
        to="/support/plans"
        tone={warn(data.planReviewsOverdue.count)}
      />
    </SimpleGrid>
  );
}
