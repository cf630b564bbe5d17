import { Anchor, Badge, Button, Group, Paper, SegmentedControl, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { ErrorState } from '@/components/states/error-state';
import type { Me } from '@/lib/auth/roles';
import { formatDateTime } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import { notificationQueries, useMarkAllRead, useMarkRead } from '../api/notification-queries';

/** The user's inbox, newest first; unread ones stand out and can be marked read. */
export function NotificationsPage(_props: { me: Me }) {
  const { t, i18n } = useTranslation('portal');
  const lang = toLanguage(i18n.language);
  const [filter, setFilter] = useState<'all' | 'unread'>('all');
  const inbox = useQuery(notificationQueries.inbox(filter === 'unread'));
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  if (inbox.isError) return <ErrorState error={inbox.error} onRetry={() => void inbox.refetch()} />;
  const items = inbox.data?.items ?? [];
  return (
    <>
      <PageHeader
        title={t('notifications.title')}
        actions={
          (inbox.data?.unread ?? 0) > 0 && (
            <Button variant="outline" onClick={() => markAll.mutate()} loading={markAll.isPending}>
              {t('notifications.markAll')}
            </Button>
          )
        }
      />
      <SegmentedControl
        aria-label={t('notifications.filter')}
        mb="md"
        value={filter}
        onChange={(v) => setFilter(v === 'unread' ? 'unread' : 'all')}
        data={[
          { value: 'all', label: t('notifications.all') },
          { value: 'unread', label: t('notifications.unreadOnly') },
        ]}
      />
      {inbox.isSuccess && items.length === 0 && (
        <Paper withBorder p="md" radius="md">
          <Text c="dimmed">{t('notifications.none')}</Text>
        </Paper>
      )}
      <Stack gap="sm" component="ul" p={0} m={0} style={{ listStyle: 'none' }}>
        {items.map((n) => (
          <Paper key={n.id} component="li" withBorder p="sm" radius="md" bg={n.readAt ? 'white' : 'teal.0'}>
            <Group justify="space-between" wrap="wrap" gap="xs">
              <Group gap={6}>
                {!n.readAt && <Badge color="teal.9">{t('notifications.unread')}</Badge>}
                <Text fw={700}>{n.title}</Text>
              </Group>
              <Text size="xs" c="dimmed">
                {formatDateTime(n.createdAt, lang)}
              </Text>
            </Group>
            <Text size="sm" mt={4} style={{ whiteSpace: 'pre-wrap' }}>
              {n.body}
            </Text>
            <Group gap="sm" mt="xs">
              {n.link && n.link.startsWith('/') && (
                <Anchor href={n.link} size="sm">
                  {t('notifications.open')}
                </Anchor>
              )}
              {!n.readAt && (
                <Button
                  size="xs"
                  variant="subtle"
                  onClick={() => markRead.mutate(n.id)}
                  aria-label={t('notifications.markReadOf', { title: n.title })}
                >
                  {t('notifications.markRead')}
                </Button>
              )}
            </Group>
          </Paper>
        ))}
      </Stack>
    </>
  );
}
