import { Stack } from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { formatDate } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import { dashboardQuery } from '../api/dashboard-query';
import { FollowUpCards } from '../components/follow-up-cards';
import { MoneySection } from '../components/money-section';
import { OccupancyCards } from '../components/occupancy-cards';
import { UpcomingLists } from '../components/upcoming-lists';

/** ホーム: today's figures, each a link to its list, equal to GET /api/v1/dashboard. */
export function DashboardPage() {
  const { t, i18n } = useTranslation('dashboard');
  const { data } = useSuspenseQuery(dashboardQuery);
  return (
    <Stack gap="lg">
      <PageHeader
        title={t('title')}
        description={t('asOf', { date: formatDate(data.asOf, toLanguage(i18n.language)) })}
      />
      <OccupancyCards data={data} />
      <MoneySection data={data} />
      <FollowUpCards data={data} />
      <UpcomingLists data={data} />
    </Stack>
  );
}
