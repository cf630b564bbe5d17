import { Badge, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { IconDownload, IconUserCheck, IconUserPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import { notify } from '@/lib/notify';
import { downloadAttendees, eventQueries, type SupportEvent } from '../api/event-queries';
import { CheckInList } from './check-in-list';
import { RegisterDialog } from './register-dialog';
import { RegistrationsTable } from './registrations-table';

interface EventDetailProps {
  event: SupportEvent;
  coHostNames: string[];
  checkin: boolean;
  canEdit: boolean;
}

/** One event: its registrations and waitlist, the door check-in list, and the attendee CSV. */
export function EventDetail({ event, coHostNames, checkin, canEdit }: EventDetailProps) {
  const { t, i18n } = useTranslation('events');
  const lang = toLanguage(i18n.language);
  const regs = useQuery(eventQueries.registrations(event.id));
  const [registering, setRegistering] = useState(false);
  const items = regs.data?.items ?? [];
  const confirmed = items.filter((r) => r.status === 'confirmed').length;
  const waitlisted = items.filter((r) => r.status === 'waitlisted').length;
  const handleCsv = () => downloadAttendees(event).catch(() => notify('red', t('detail.csvFailed')));
  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={`event-${event.id}`}>
      <Group justify="space-between" align="flex-start" mb="md">
        <div>
          <Title order={2} size="h3" id={`event-${event.id}`}>
            {event.title}
          </Title>
          <Text size="sm">
            {formatDateTime(event.startsAt, lang)}–{formatDateTime(event.endsAt, lang).slice(-5)}
            {event.venue && `・${event.venue}`}
          </Text>
          {coHostNames.length > 0 && (
            <Text size="sm" c="dark.6">
              {t('detail.coHosts', { names: coHostNames.join('、') })}
            </Text>
          )}
          <Group gap="xs" mt={6}>
            <Badge variant="light" color="teal" c="dark.8">
              {event.capacity
                ? t('detail.seats', { confirmed, capacity: event.capacity })
                : t('detail.confirmed', { confirmed })}
            </Badge>
            {waitlisted > 0 && (
              <Badge variant="light" color="orange" c="dark.8">
                {t('detail.waitlisted', { count: waitlisted })}
              </Badge>
            )}
          </Group>
        </div>
        <Group gap="xs">
          {canEdit && !checkin && (
            <Button
              variant="default"
              leftSection={<IconUserPlus size={16} aria-hidden />}
              onClick={() => setRegistering(true)}
            >
              {t('register.open')}
            </Button>
          )}
          <Button
            variant={checkin ? 'filled' : 'default'}
            leftSection={<IconUserCheck size={16} aria-hidden />}
            renderRoot={(p) => (
              <Link to="/support/events" search={{ event: event.id, checkin: checkin ? undefined : true }} {...p} />
            )}
          >
            {checkin ? t('checkIn.leave') : t('checkIn.open')}
          </Button>
          <Button
            variant="default"
            leftSection={<IconDownload size={16} aria-hidden />}
            onClick={() => void handleCsv()}
          >
            {t('detail.csv')}
          </Button>
        </Group>
      </Group>
      <Stack>
        {checkin ? (
          <CheckInList eventId={event.id} items={items} />
        ) : (
          <RegistrationsTable eventId={event.id} items={items} canEdit={canEdit} />
        )}
      </Stack>
      {registering && <RegisterDialog event={event} onClose={() => setRegistering(false)} />}
    </Paper>
  );
}
