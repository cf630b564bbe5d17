import { Alert, Badge, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '@/lib/auth/roles';
import { formatDateTime } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import { useCancelRegistration, type PortalEvent } from '../api/event-queries';
import { ActionError } from './action-error';
import { RegisterDialog } from './register-dialog';

/** An upcoming event: when, where, seats, and the tenant's own registrations with their waitlist place. */
export function EventCard({ event: e, me }: { event: PortalEvent; me: Me }) {
  const { t, i18n } = useTranslation('portal');
  const lang = toLanguage(i18n.language);
  const [registering, setRegistering] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const cancel = useCancelRegistration();
  const full = e.seatsLeft === 0;
  const seats =
    e.seatsLeft === null
      ? t('events.unlimited')
      : full
        ? e.waitlistEnabled
          ? `${t('events.full')}・${t('events.waitlistOpen', { count: e.waitlisted })}`
          : t('events.full')
        : t('events.seatsLeft', { count: e.seatsLeft });
  const end = new Intl.DateTimeFormat('en-GB', { timeZone: 'Asia/Tokyo', hour: '2-digit', minute: '2-digit' }).format(
    new Date(e.endsAt),
  );
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-label={e.title}>
      <Group justify="space-between" wrap="wrap" gap="xs" mb={4}>
        <Text fw={700} size="lg" component="h2" m={0}>
          {e.title}
        </Text>
        <Badge variant="light" c="dark.8">
          {t(`events.kinds.${e.kind}`)}
        </Badge>
      </Group>
      <Text size="sm">
        {t('events.when')}: {formatDateTime(e.startsAt, lang)}–{end}
      </Text>
      {e.venue && (
        <Text size="sm">
          {t('events.venue')}: {e.venue}
        </Text>
      )}
      <Text size="sm" fw={600} c={full ? 'red.9' : undefined}>
        {seats}
      </Text>
      {e.description && (
        <Text size="sm" mt="xs" style={{ whiteSpace: 'pre-wrap' }}>
          {e.description}
        </Text>
      )}
      {e.myRegistrations.length > 0 && (
        <Stack gap={6} mt="sm">
          <Text size="sm" fw={700}>
            {t('events.mine')}
          </Text>
          {e.myRegistrations.map((r) => (
            <Group key={r.id} justify="space-between" wrap="wrap" gap="xs">
              <Group gap={6}>
                <Text size="sm">{r.attendeeName}</Text>
                <Badge color={r.status === 'confirmed' ? 'teal' : 'orange'} variant="light" c="dark.8">
                  {r.status === 'confirmed'
                    ? t('events.confirmed')
                    : t('events.waitPosition', { position: r.waitlistPosition })}
                </Badge>
              </Group>
              <Button
                size="xs"
                variant="subtle"
                color="red.9"
                c="red.9"
                aria-label={t('events.cancelOf', { name: r.attendeeName })}
                loading={cancel.isPending && cancel.variables?.registrationId === r.id}
                onClick={() =>
                  cancel.mutate(
                    { eventId: e.id, registrationId: r.id },
                    { onSuccess: () => setNotice(t('events.cancelled')) },
                  )
                }
              >
                {t('events.cancel')}
              </Button>
            </Group>
          ))}
        </Stack>
      )}
      <ActionError error={cancel.error} />
      {notice && (
        <Alert color="teal" role="status" mt="sm">
          {notice}
        </Alert>
      )}
      {!(full && !e.waitlistEnabled) && (
        <Button mt="sm" variant={full ? 'outline' : 'filled'} onClick={() => setRegistering(true)}>
          {full ? t('events.joinWaitlist') : t('events.register')}
        </Button>
      )}
      {registering && (
        <RegisterDialog
          event={e}
          name={me.name}
          email={me.email}
          onClose={() => setRegistering(false)}
          onDone={(r) => {
            setRegistering(false);
            setNotice(
              r.status === 'waitlisted'
                ? t('events.waitlisted', { position: e.waitlisted + 1 })
                : t('events.registered'),
            );
          }}
        />
      )}
    </Paper>
  );
}
