import { Badge, Code, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { DataTable } from '@/components/table/data-table';
import { formatDateTime } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import { AUDIT_PAGE_SIZE, auditQueries, toAuditParams, type AuditEvent, type AuditSearch } from '../api/audit-queries';
import { AuditChanges } from '../components/audit-changes';
import { AuditFilters } from '../components/audit-filters';

const ACTION_COLORS = { create: 'teal', update: 'blue', delete: 'red' } as const;

/** 監査ログ: who changed what and when, with each field before and after. */
export function AuditPage({ search }: { search: AuditSearch }) {
  const { t, i18n } = useTranslation('audit');
  const lang = toLanguage(i18n.language);
  const navigate = useNavigate({ from: '/audit/' });
  const list = useQuery(auditQueries.list(toAuditParams(search)));
  const handleChange = (patch: Partial<AuditSearch>) => void navigate({ search: (prev) => ({ ...prev, ...patch }) });
  const columns = useMemo<ColumnDef<AuditEvent, unknown>[]>(
    () => [
      {
        id: 'occurredAt',
        header: t('columns.occurredAt'),
        cell: ({ row }) => (
          <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
            {formatDateTime(row.original.occurredAt, lang)}
          </Text>
        ),
      },
      {
        id: 'action',
        header: t('columns.action'),
        cell: ({ row }) => {
          const a = row.original.action;
          return (
            <Badge color={ACTION_COLORS[a]} variant="light" c="dark.8">
              {t(`action.${a}`)}
            </Badge>
          );
        },
      },
      {
        id: 'entity',
        header: t('columns.entity'),
        cell: ({ row }) => (
          <div>
            <Text size="sm">{row.original.entity}</Text>
            <Code fz="xs">{row.original.entityId.slice(0, 8)}</Code>
          </div>
        ),
      },
      {
        id: 'actor',
        header: t('columns.actor'),
        cell: ({ row }) =>
          row.original.actorId ? <Code fz="xs">{String(row.original.actorId).slice(0, 8)}</Code> : t('system'),
      },
      {
        id: 'changes',
        header: t('columns.changes'),
        cell: ({ row }) => <AuditChanges changes={row.original.changes} />,
      },
    ],
    [t, lang],
  );
  return (
    <Stack gap="md">
      <PageHeader title={t('title')} description={t('description')} />
      <AuditFilters search={search} onChange={handleChange} />
      <DataTable
        caption={t('title')}
        data={list.data?.items ?? []}
        columns={columns}
        total={list.data?.total ?? 0}
        page={search.page ?? 0}
        pageSize={AUDIT_PAGE_SIZE}
        loading={list.isPending}
        onPageChange={(page) => handleChange({ page })}
      />
    </Stack>
  );
}
