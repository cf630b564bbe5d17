import { Anchor, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { visibilityOf } from '@/components/table/column-picker';
import { DataTable } from '@/components/table/data-table';
import { formatDate } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import type { Tenant } from '../api/tenant-queries';
import { TenantStatusBadge } from './tenant-status-badge';

interface TenantTableProps {
  /** Column ids hidden by the user's column choice. */
  hidden?: string[];
  tenants: Tenant[];
  total: number;
  page: number;
  pageSize: number;
  sort: string;
  loading: boolean;
  onPageChange: (page: number) => void;
  onSortChange: (sort: string) => void;
}

export function TenantTable(props: TenantTableProps) {
  const { t, i18n } = useTranslation('tenants');
  const lang = toLanguage(i18n.language);
  const columns = useMemo<ColumnDef<Tenant, unknown>[]>(
    () => [
      {
        id: 'name',
        header: t('columns.name'),
        meta: { sortKey: 'name' },
        cell: ({ row }) => (
          <div>
            <Anchor
              fw={600}
              renderRoot={(p) => <Link to="/tenants/$tenantId" params={{ tenantId: row.original.id }} {...p} />}
            >
              {row.original.name}
            </Anchor>
            <Text size="xs" c="dimmed">
              {row.original.nameKana}
            </Text>
          </div>
        ),
      },
      { id: 'kind', header: t('columns.kind'), cell: ({ row }) => t(`kind.${row.original.kind}`) },
      {
        id: 'status',
        header: t('columns.status'),
        meta: { sortKey: 'status' },
        cell: ({ row }) => <TenantStatusBadge status={row.original.status} />,
      },
      {
        id: 'enteredOn',
        header: t('columns.enteredOn'),
        meta: { sortKey: 'enteredOn' },
        cell: ({ row }) => formatDate(row.original.enteredOn as string | null, lang),
      },
      {
        id: 'representative',
        header: t('columns.representative'),
        cell: ({ row }) => row.original.representative as string | null,
      },
      { id: 'tags', header: t('columns.tags'), cell: ({ row }) => row.original.tags.join('、') },
    ],
    [t, lang],
  );
  return (
    <DataTable
      caption={t('title')}
      data={props.tenants}
      columns={columns}
      total={props.total}
      page={props.page}
      pageSize={props.pageSize}
      sort={props.sort}
      loading={props.loading}
      columnVisibility={visibilityOf(props.hidden)}
      onPageChange={props.onPageChange}
      onSortChange={props.onSortChange}
    />
  );
}
