import { Button, Group, Paper, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconCheck, IconSearch } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useTenantNames } from '@/lib/api/tenant-names';
import { formatDateTime } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import { useCheckIn, type Registration } from '../api/event-queries';

/**
 * 受付: the confirmed attendees as large touch targets for a tablet at the door; type a few characters of
 * a name or company to find someone, tap to check them in.
 */
export function CheckInList({ eventId, items }: { eventId: string; items: Registration[] }) {
  const { t, i18n } = useTranslation('events');
  const lang = toLanguage(i18n.language);
  const tenantName = useTenantNames();
  const [q, setQ] = useState('');
  const checkIn = useCheckIn(eventId);
  const confirmed = items.filter((r) => r.status === 'confirmed');
  const arrived = confirmed.filter((r) => r.checkedInAt).length;
  const shown = confirmed.filter((r) =>
    `${r.attendeeName} ${r.companyName || tenantName(r.tenantId)}`.includes(q.trim()),
  );
  return (
    <Stack gap="md">
      <Group justify="space-between" align="flex-end">
        <TextInput
          size="lg"
          label={t('checkIn.search')}
          leftSection={<IconSearch size={20} aria-hidden />}
          value={q}
          onChange={(e) => setQ(e.currentTarget.value)}
          style={{ flex: 1, maxWidth: 480 }}
        />
        <Text size="xl" fw={700} role="status">
          {t('checkIn.count', { arrived, total: confirmed.length })}
        </Text>
      </Group>
      <SimpleGrid cols={{ base: 1, sm: 2, lg: 3 }} spacing="sm">
        {shown.map((r) => (
          <Paper key={r.id} withBorder p="md" radius="md" bg={r.checkedInAt ? 'teal.0' : undefined}>
            <Group justify="space-between" wrap="nowrap">
              <div style={{ minWidth: 0 }}>
                <Text size="lg" fw={700} truncate>
                  {r.attendeeName}
                </Text>
                <Text size="sm" c="dark.6" truncate>
                  {r.companyName || tenantName(r.tenantId) || t('registrations.guest')}
                </Text>
              </div>
              {r.checkedInAt ? (
                <Text size="sm" c="teal.9" fw={600} style={{ whiteSpace: 'nowrap' }}>
                  {t('checkIn.done', { time: formatDateTime(r.checkedInAt, lang).slice(-5) })}
                </Text>
              ) : (
                <Button
                  size="lg"
                  leftSection={<IconCheck size={20} aria-hidden />}
                  loading={checkIn.isPending && checkIn.variables === r.id}
                  onClick={() => checkIn.mutate(r.id)}
                  aria-label={t('checkIn.buttonOf', { name: r.attendeeName })}
                >
                  {t('checkIn.button')}
                </Button>
              )}
            </Group>
          </Paper>
        ))}
      </SimpleGrid>
      {shown.length === 0 && (
        <Text c="dimmed" ta="center">
          {t('checkIn.none')}
        </Text>
      )}
    </Stack>
  );
}
