import { Button, Group, Select, Stack } from '@mantine/core';
import { IconPhonePlus } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { SESSION_STATUSES, sessionQueries, toSessionParams, type SessionsSearch } from '../api/session-queries';
import { QuickConsultationDialog } from '../components/quick-consultation-dialog';
import { SessionDrawer } from '../components/session-drawer';
import { SessionsTable } from '../components/sessions-table';

interface SessionsPageProps {
  search: SessionsSearch;
  canEdit: boolean;
}

/** 相談: every session and quick consultation, with its record; 簡易相談を記録 logs a call in seconds. */
export function SessionsPage({ search, canEdit }: SessionsPageProps) {
  const { t } = useTranslation('sessions');
  const navigate = useNavigate({ from: '/support/sessions' });
  const list = useQuery(sessionQueries.list(toSessionParams(search)));
  const advisors = useQuery(sessionQueries.advisors());
  const names = useMemo(() => new Map((advisors.data?.items ?? []).map((a) => [a.id, a.name])), [advisors.data]);
  const advisorName = useCallback((id: string | null | undefined) => (id ? (names.get(id) ?? '') : ''), [names]);
  const [quick, setQuick] = useState(false);
  const handleChange = (patch: Partial<SessionsSearch>) => void navigate({ search: (prev) => ({ ...prev, ...patch }) });
  const handleOpen = useCallback(
    (id: string) => void navigate({ search: (prev) => ({ ...prev, session: id }) }),
    [navigate],
  );
  return (
    <Stack gap="md">
      <PageHeader
        title={t('title')}
        description={t('description')}
        actions={
          canEdit && (
            <Button leftSection={<IconPhonePlus size={16} aria-hidden />} onClick={() => setQuick(true)}>
              {t('quick.open')}
            </Button>
          )
        }
      />
      <Group>
        <Select
          label={t('filters.status')}
          w={180}
          clearable
          value={search.status ?? null}
          onChange={(v) => handleChange({ status: (v ?? undefined) as SessionsSearch['status'], page: undefined })}
          data={SESSION_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        />
        <Select
          label={t('filters.kind')}
          w={180}
          clearable
          value={search.kind ?? null}
          onChange={(v) => handleChange({ kind: (v ?? undefined) as SessionsSearch['kind'], page: undefined })}
          data={(['appointment', 'consultation'] as const).map((k) => ({ value: k, label: t(`kind.${k}`) }))}
        />
      </Group>
      <SessionsTable
        sessions={list.data?.items ?? []}
        total={list.data?.total ?? 0}
        page={search.page ?? 0}
        loading={list.isPending}
        advisorName={advisorName}
        onPageChange={(page) => handleChange({ page })}
        onOpen={handleOpen}
      />
      {search.session && (
        <SessionDrawer
          id={search.session}
          advisorName={advisorName}
          canEdit={canEdit}
          onClose={() => handleChange({ session: undefined })}
        />
      )}
      {quick && <QuickConsultationDialog onClose={() => setQuick(false)} />}
    </Stack>
  );
}
