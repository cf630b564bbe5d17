import { Paper, SimpleGrid, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { ErrorState } from '@/components/states/error-state';
import type { Me } from '@/lib/auth/roles';
import { eventQueries } from '../api/event-queries';
import { EventCard } from '../components/event-card';

/** Upcoming events: register (name from the account), cancel, see the waitlist position. */
export function EventsPage({ me }: { me: Me }) {
  const { t } = useTranslation('portal');
  const events = useQuery(eventQueries.upcoming());
  if (events.isError) return <ErrorState error={events.error} onRetry={() => void events.refetch()} />;
  const items = events.data?.items ?? [];
  return (
    <>
      <PageHeader title={t('events.title')} description={t('events.lead')} />
      {events.isSuccess && items.length === 0 && (
        <Paper withBorder p="md" radius="md">
          <Text c="dimmed">{t('events.none')}</Text>
        </Paper>
      )}
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="md">
        {items.map((e) => (
          <EventCard key={e.id} event={e} me={me} />
        ))}
      </SimpleGrid>
    </>
  );
}
