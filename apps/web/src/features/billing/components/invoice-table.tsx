import { Text } from '@mantine/core';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { visibilityOf } from '@/components/table/column-picker';
import { DataTable } from '@/components/table/data-table';
import { formatDate, formatYen } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import type { Invoice } from '../api/invoice-queries';
import { InvoiceActions, type InvoiceAction } from './invoice-actions';
import { InvoiceStatusBadge } from './invoice-status-badge';

interface InvoiceTableProps {
  /** Column ids hidden by the user's column choice. */
  hidden?: string[];
  invoices: Invoice[];
  total: number;
  page: number;
  pageSize: number;
  sort: string;
  loading: boolean;
  canWrite: boolean;
  onPageChange: (page: number) => void;
  onSortChange: (sort: string) => void;
  onAction: (action: InvoiceAction, invoice: Invoice) => void;
}

export function InvoiceTable(props: InvoiceTableProps) {
  const { t, i18n } = useTranslation('billing');
  const lang = toLanguage(i18n.language);
  const { canWrite, onAction } = props;
  const columns = useMemo<ColumnDef<Invoice, unknown>[]>(
    () => [
      {
        id: 'number',
        header: t('invoices.columns.number'),
        meta: { sortKey: 'number' },
        cell: ({ row }) => (
          <div>
            <Text size="sm" ff="monospace">
              {row.original.number ?? t('invoices.draft')}
            </Text>
            {row.original.kind === 'credit_note' && (
              <Text size="xs" c="dimmed">
                {t('invoices.creditNote')}
              </Text>
            )}
          </div>
        ),
      },
      { id: 'recipient', header: t('invoices.columns.recipient'), cell: ({ row }) => row.original.recipientName },
      { id: 'period', header: t('invoices.columns.period'), cell: ({ row }) => row.original.period },
      {
        id: 'issueDate',
        header: t('invoices.columns.issueDate'),
        meta: { sortKey: 'issueDate' },
        cell: ({ row }) => formatDate(row.original.issueDate, lang),
      },
      {
        id: 'dueDate',
        header: t('invoices.columns.dueDate'),
        meta: { sortKey: 'dueDate' },
        cell: ({ row }) => formatDate(row.original.dueDate, lang),
      },
      {
        id: 'total',
        header: t('invoices.columns.total'),
        meta: { sortKey: 'total', align: 'right' },
        cell: ({ row }) => formatYen(row.original.total),
      },
      {
        id: 'status',
        header: t('invoices.columns.status'),
        cell: ({ row }) => <InvoiceStatusBadge status={row.original.status} />,
      },
      {
        id: 'actions',
        header: () => <span className="visually-hidden">{t('invoices.columns.actions')}</span>,
        cell: ({ row }) => <InvoiceActions invoice={row.original} canWrite={canWrite} onAction={onAction} />,
      },
    ],
    [t, lang, canWrite, onAction],
  );
  return (
    <DataTable
      caption={t('invoices.title')}
      data={props.invoices}
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
