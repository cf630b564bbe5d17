import { Badge } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/table/data-table';
import { formatDate, formatYen } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import { BANK_PAGE_SIZE, bankQueries } from '../api/bank-queries';
import type { BankReversal } from '../api/receivable-types';

/** Bank 取消/訂正 records: applied ones refunded their credit; unmatched ones say why. */
export function BankReversalsTable() {
  const { t, i18n } = useTranslation('payments');
  const lang = toLanguage(i18n.language);
  const [page, setPage] = useState(0);
  const list = useQuery(bankQueries.reversals(page));
  const columns = useMemo<ColumnDef<BankReversal, unknown>[]>(
    () => [
      {
        id: 'bookedOn',
        header: t('bank.columns.bookedOn'),
        cell: ({ row }) => formatDate(row.original.bookedOn, lang),
      },
      { id: 'sender', header: t('bank.columns.sender'), cell: ({ row }) => row.original.senderName },
      {
        id: 'amount',
        header: t('bank.columns.amount'),
        meta: { align: 'right' },
        cell: ({ row }) => formatYen(row.original.amount),
      },
      {
        id: 'status',
        header: t('bank.columns.status'),
        cell: ({ row }) => (
          <Badge color={row.original.status === 'applied' ? 'teal' : 'orange'} variant="light" c="dark.8">
            {t(`bank.reversalStatus.${row.original.status}`)}
          </Badge>
        ),
      },
      {
        id: 'reason',
        header: t('bank.columns.reason'),
        cell: ({ row }) =>
          row.original.unmatchedReason ? t(`bank.reason.${row.original.unmatchedReason}` as never) : '',
      },
    ],
    [t, lang],
  );
  return (
    <DataTable
      caption={t('bank.tabs.reversals')}
      data={list.data?.items ?? []}
      columns={columns}
      total={list.data?.total ?? 0}
      page={page}
      pageSize={BANK_PAGE_SIZE}
      loading={list.isPending}
      onPageChange={setPage}
    />
  );
}
