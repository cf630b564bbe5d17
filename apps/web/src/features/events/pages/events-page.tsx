import { Button, Stack } from '@mantine/core';
import { IconCalendarPlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { SimpleTable } from '@/components/table/simple-table';
import { formatDateTime } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import { eventQueries, type EventsSearch } from '../api/event-queries';
import { CreateEventDialog } from '../components/create-event-dialog';
import { EventDetail } from '../components/event-detail';

/** イベント: forums, seminars and exhibitions with their registrations and the door check-in. */
export function EventsPage({ search, canEdit }: { search: EventsSearch; canEdit: boolean }) {
  const { t, i18n } = useTranslation('events');
  const lang = toLanguage(i18n.language);
  const events = useQuery(eventQueries.list());
  const orgs = useQuery(eventQueries.organizations());
  const orgNames = new Map((orgs.data?.items ?? []).map((o) => [o.id, o.name]));
  const [creating, setCreating] = useState(false);
  const items = events.data?.items ?? [];
  const selected = items.find((e) => e.id === search.event);
  return (
    <Stack gap="md">
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          canEdit && (
            <Button leftSection={<IconCalendarPlus size={16} aria-hidden />} onClick={() => setCreating(true)}>
              {t('create.title')}
            </Button>
          )
        }
      />
      {!search.checkin && (
        <SimpleTable
          caption={t('list.caption')}
          rows={items}
          rowKey={(e) => e.id}
          loading={events.isPending}
          empty={t('list.empty')}
          columns={[
            { header: t('list.startsAt'), cell: (e) => formatDateTime(e.startsAt, lang) },
            {
              header: t('list.title'),
              cell: (e) => (
                <Link
                  to="/support/events"
                  search={{ event: e.id }}
                  style={{ fontWeight: e.id === selected?.id ? 700 : 500 }}
                >
                  {e.title}
                </Link>
              ),
            },
            { header: t('list.kind'), cell: (e) => t(`kind.${e.kind}`) },
            { header: t('list.venue'), cell: (e) => e.venue },
            {
              header: t('list.capacity'),
              cell: (e) => (e.capacity ? t('list.people', { count: e.capacity }) : t('list.unlimited')),
            },
          ]}
        />
      )}
      {selected && (
        <EventDetail
          event={selected}
          coHostNames={selected.coHostIds.map((id) => orgNames.get(id) ?? '').filter(Boolean)}
          checkin={!!search.checkin}
          canEdit={canEdit}
        />
      )}
      {creating && (
        <CreateEventDialog
          organizations={(orgs.data?.items ?? []).map((o) => ({ id: o.id, name: o.name }))}
          onClose={() => setCreating(false)}
        />
      )}
    </Stack>
  );
}
