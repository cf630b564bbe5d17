import { Alert, Select, SimpleGrid, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { components } from '@tamago/api-client';
import { sessionQueries, type Slot } from '../api/session-queries';
import { expertiseOf } from '../api/slot-days';
import { BookDialog } from './book-dialog';
import { Section } from './section';
import { SlotPicker } from './slot-picker';

type Quota = components['schemas']['AdvisoryQuotaView'];

/** Choose an expertise, an advisor and one of their free slots, then confirm. */
export function BookingPanel({ quota }: { quota: Quota | undefined }) {
  const { t } = useTranslation('portal');
  const advisors = useQuery(sessionQueries.advisors());
  const [expertise, setExpertise] = useState<string | null>(null);
  const [advisorId, setAdvisorId] = useState<string | null>(null);
  const [slot, setSlot] = useState<Slot | null>(null);
  const [booked, setBooked] = useState(false);
  const active = (advisors.data?.items ?? []).filter((a) => a.active);
  const shown = expertise ? active.filter((a) => a.expertise.includes(expertise)) : active;
  const advisor = active.find((a) => a.id === advisorId) ?? null;
  const blocked = quota !== undefined && !quota.allowed;
  return (
    <Section title={t('sessions.book')}>
      <Stack gap="sm">
        <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="sm">
          <Select
            label={t('sessions.expertise')}
            placeholder={t('sessions.allExpertise')}
            data={expertiseOf(active)}
            value={expertise}
            clearable
            onChange={(v) => {
              setExpertise(v);
              setAdvisorId(null);
            }}
          />
          <Select
            label={t('sessions.advisor')}
            data={shown.map((a) => ({
              value: a.id,
              label: a.expertise.length ? `${a.name}（${a.expertise.join('・')}）` : a.name,
            }))}
            value={advisorId}
            onChange={(v) => {
              setAdvisorId(v);
              setBooked(false);
            }}
            nothingFoundMessage={t('sessions.noAdvisors')}
            disabled={blocked}
          />
        </SimpleGrid>
        {booked && (
          <Alert color="teal" role="status">
            {t('sessions.booked')}
          </Alert>
        )}
        {advisor && !blocked ? (
          <>
            <Text fw={700} size="sm">
              {t('sessions.slots')}
            </Text>
            <SlotPicker advisorId={advisor.id} onPick={setSlot} />
          </>
        ) : (
          !blocked && <Text c="dimmed">{t('sessions.chooseAdvisor')}</Text>
        )}
        <Text size="xs" c="dimmed">
          {t('sessions.rules')}
        </Text>
      </Stack>
      {advisor && slot && (
        <BookDialog
          advisor={advisor}
          slot={slot}
          chargeable={quota?.chargeable ?? false}
          onClose={() => setSlot(null)}
          onBooked={() => {
            setSlot(null);
            setBooked(true);
          }}
        />
      )}
    </Section>
  );
}
