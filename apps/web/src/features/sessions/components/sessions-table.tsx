import { Badge, Button } from '@mantine/core';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/table/data-table';
import { useTenantNames } from '@/lib/api/tenant-names';
import { formatDateTime } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import { SESSION_PAGE_SIZE, type Session } from '../api/session-queries';

export const STATUS_COLORS = { booked: 'blue', completed: 'teal', cancelled: 'gray', no_show: 'red' } as const;

interface SessionsTableProps {
  sessions: Session[];
  total: number;
  page: number;
  loading: boolean;
  advisorName: (id: string | null | undefined) => string;
  onPageChange: (page: number) => void;
  onOpen: (id: string) => void;
}

/** Sessions and consultations, newest first; 記録を開く opens notes, summary and follow-ups. */
export function SessionsTable({
  sessions,
  total,
  page,
  loading,
  advisorName,
  onPageChange,
  onOpen,
}: SessionsTableProps) {
  const { t, i18n } = useTranslation('sessions');
  const lang = toLanguage(i18n.language);
  const tenantName = useTenantNames();
  const columns = useMemo<ColumnDef<Session, unknown>[]>(
    () => [
      { id: 'startsAt', header: t('list.startsAt'), cell: ({ row }) => formatDateTime(row.original.startsAt, lang) },
      { id: 'tenant', header: t('list.tenant'), cell: ({ row }) => tenantName(row.original.tenantId) },
      {
        id: 'advisor',
        header: t('list.advisor'),
        cell: ({ row }) => advisorName(row.original.advisorId) || t('list.staffOnly'),
      },
      { id: 'kind', header: t('list.kind'), cell: ({ row }) => t(`kind.${row.original.kind}`) },
      { id: 'topic', header: t('list.topic'), cell: ({ row }) => t(`topic.${row.original.topic}`) },
      {
        id: 'status',
        header: t('list.status'),
        cell: ({ row }) => (
          <Badge color={STATUS_COLORS[row.original.status]} variant="light" c="dark.8">
            {t(`status.${row.original.status}`)}
          </Badge>
        ),
      },
      {
        id: 'followUps',
        header: t('list.followUps'),
        cell: ({ row }) => {
          const open = row.original.followUps.filter((f) => !f.done).length;
          return open > 0 ? t('list.openFollowUps', { count: open }) : '—';
        },
      },
      {
        id: 'open',
        header: t('list.record'),
        cell: ({ row }) => (
          <Button
            size="xs"
            variant="default"
            onClick={() => onOpen(row.original.id)}
            aria-label={t('list.openOf', {
              tenant: tenantName(row.original.tenantId),
              date: formatDateTime(row.original.startsAt, lang),
            })}
          >
            {t('list.open')}
          </Button>
        ),
      },
    ],
    [t, lang, tenantName, advisorName, onOpen],
  );
  return (
    <DataTable
      caption={t('list.caption')}
      data={sessions}
      columns={columns}
      total={total}
      page={page}
      pageSize={SESSION_PAGE_SIZE}
      loading={loading}
      onPageChange={onPageChange}
    />
  );
}
