import { Grid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import type { Me } from '@/lib/auth/roles';
import { sessionQueries } from '../api/session-queries';
import { BookingPanel } from '../components/booking-panel';
import { QuotaCard } from '../components/quota-card';
import { Section } from '../components/section';
import { SessionCard } from '../components/session-card';

/** Book from advisors' free slots, move or cancel a booking, read what was shared after a session. */
export function SessionsPage({ me }: { me: Me & { tenantId: string } }) {
  const { t } = useTranslation('portal');
  const quota = useQuery(sessionQueries.quota(me.tenantId));
  const sessions = useQuery(sessionQueries.list());
  const advisors = useQuery(sessionQueries.advisors());
  const advisorOf = (id: string | null) => advisors.data?.items.find((a) => a.id === id);
  const all = sessions.data?.items ?? [];
  // The page's moment: a booking that starts later is "upcoming" (may be moved or cancelled).
  const [now] = useState(() => Date.now());
  const upcoming = all
    .filter((s) => s.status === 'booked' && Date.parse(s.startsAt) > now)
    .sort((a, b) => a.startsAt.localeCompare(b.startsAt));
  const past = all
    .filter((s) => !upcoming.includes(s) && s.status !== 'cancelled')
    .sort((a, b) => b.startsAt.localeCompare(a.startsAt));
  return (
    <>
      <PageHeader title={t('sessions.title')} description={t('sessions.lead')} />
      <Stack gap="md">
        <Grid gap="md">
          <Grid.Col span={{ base: 12, md: 4 }}>
            <QuotaCard quota={quota.data} />
          </Grid.Col>
          <Grid.Col span={{ base: 12, md: 8 }}>
            <BookingPanel quota={quota.data} />
          </Grid.Col>
        </Grid>
        <Section title={t('sessions.mine')}>
          <Stack gap="sm">
            {sessions.isSuccess && upcoming.length === 0 && <Text c="dimmed">{t('sessions.noMine')}</Text>}
            {upcoming.map((s) => (
              <SessionCard key={s.id} session={s} advisor={advisorOf(s.advisorId)} upcoming />
            ))}
          </Stack>
        </Section>
        <Section title={t('sessions.past')}>
          <Stack gap="sm">
            {sessions.isSuccess && past.length === 0 && <Text c="dimmed">{t('sessions.noPast')}</Text>}
            {past.map((s) => (
              <SessionCard key={s.id} session={s} advisor={advisorOf(s.advisorId)} />
            ))}
          </Stack>
        </Section>
      </Stack>
    </>
  );
}
