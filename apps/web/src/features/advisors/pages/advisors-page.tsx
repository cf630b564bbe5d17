import { Button, Group, Stack, Tabs, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { IconPencil, IconPlus } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { formatDate } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import { advisorQueries, type AdvisorsSearch } from '../api/advisor-queries';
import { addDays, mondayOf, tokyoToday } from '../api/week';
import { AdvisorDialog } from '../components/advisor-dialog';
import { AdvisorsTable } from '../components/advisors-table';
import { AvailabilityEditor } from '../components/availability-editor';
import { WeekCalendar } from '../components/week-calendar';

interface AdvisorsPageProps {
  search: AdvisorsSearch;
  canEdit: boolean;
}

/** アドバイザー: who advises on what, their weekly hours, and each advisor's week of sessions. */
export function AdvisorsPage({ search, canEdit }: AdvisorsPageProps) {
  const { t, i18n } = useTranslation('advisors');
  const lang = toLanguage(i18n.language);
  const advisors = useQuery(advisorQueries.list());
  const orgs = useQuery(advisorQueries.organizations());
  const orgNames = new Map((orgs.data?.items ?? []).map((o) => [o.id, o.name]));
  const items = advisors.data?.items ?? [];
  const selected = items.find((a) => a.id === search.advisor) ?? items[0];
  const monday = mondayOf(search.week ?? tokyoToday());
  const week = useQuery({ ...advisorQueries.week(selected?.id ?? '', monday), enabled: !!selected });
  const [dialog, setDialog] = useState<'new' | 'edit' | null>(null);
  const organizations = orgs.data?.items ?? [];
  return (
    <Stack gap="md">
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          canEdit && (
            <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={() => setDialog('new')}>
              {t('form.new')}
            </Button>
          )
        }
      />
      <AdvisorsTable
        advisors={items}
        organizationName={(id) => (id ? (orgNames.get(id) ?? '') : '')}
        selectedId={selected?.id}
        loading={advisors.isPending}
      />
      {selected && (
        <Stack gap="sm">
          <Group justify="space-between">
            <Group gap="xs">
              <Title order={2} size="h3">
                {t('calendar.title', { name: selected.name })}
              </Title>
              {canEdit && (
                <Button
                  variant="subtle"
                  size="compact-sm"
                  leftSection={<IconPencil size={14} aria-hidden />}
                  onClick={() => setDialog('edit')}
                  aria-label={t('form.editLabel', { name: selected.name })}
                >
                  {t('form.edit')}
                </Button>
              )}
            </Group>
            <Group gap="xs">
              <Button
                renderRoot={(p) => (
                  <Link to="/support/advisors" search={{ advisor: selected.id, week: addDays(monday, -7) }} {...p} />
                )}
                variant="default"
                size="xs"
              >
                {t('calendar.previous')}
              </Button>
              <Button
                renderRoot={(p) => <Link to="/support/advisors" search={{ advisor: selected.id }} {...p} />}
                variant="default"
                size="xs"
              >
                {t('calendar.thisWeek')}
              </Button>
              <Button
                renderRoot={(p) => (
                  <Link to="/support/advisors" search={{ advisor: selected.id, week: addDays(monday, 7) }} {...p} />
                )}
                variant="default"
                size="xs"
              >
                {t('calendar.next')}
              </Button>
            </Group>
          </Group>
          <Tabs defaultValue="week" keepMounted={false}>
            <Tabs.List mb="sm">
              <Tabs.Tab value="week">
                {t('calendar.weekOf', { from: formatDate(monday, lang), to: formatDate(addDays(monday, 6), lang) })}
              </Tabs.Tab>
              <Tabs.Tab value="availability">{t('availability.title')}</Tabs.Tab>
            </Tabs.List>
            <Tabs.Panel value="week">
              <WeekCalendar advisor={selected} monday={monday} sessions={week.data?.items ?? []} />
            </Tabs.Panel>
            <Tabs.Panel value="availability">
              <AvailabilityEditor key={selected.id} advisor={selected} canEdit={canEdit} />
            </Tabs.Panel>
          </Tabs>
        </Stack>
      )}
      {dialog && (
        <AdvisorDialog
          key={dialog === 'edit' ? selected?.id : 'new'}
          advisor={dialog === 'edit' ? selected : undefined}
          organizations={organizations}
          onClose={() => setDialog(null)}
        />
      )}
    </Stack>
  );
}
