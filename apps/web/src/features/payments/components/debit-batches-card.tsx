import { Alert, Badge, Button, Group, Stack, Title } from '@mantine/core';
import { IconFileExport } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/date-field';
import { DataTable } from '@/components/table/data-table';
import { isApiError } from '@/lib/api/api-error';
import { formatDate, formatDateTime, formatYen } from '@/lib/format';
import { errorMessage } from '@/lib/forms/api-errors';
import { toLanguage } from '@/lib/i18n/i18n';
import { DEBIT_PAGE_SIZE, debitQueries, useCreateDebitBatch, type DebitBatch } from '../api/debit-queries';
import { DebitBatchDialog } from './debit-batch-dialog';

interface DebitBatchesCardProps {
  canWrite: boolean;
  ready: boolean;
}

/** Request files (振替依頼データ): make one for a debit date, download it, then import the bank's result. */
export function DebitBatchesCard({ canWrite, ready }: DebitBatchesCardProps) {
  const { t, i18n } = useTranslation(['payments', 'common', 'errors']);
  const lang = toLanguage(i18n.language);
  const [page, setPage] = useState(0);
  const list = useQuery(debitQueries.batches(page));
  const [debitDate, setDebitDate] = useState<string | null>(null);
  const [open, setOpen] = useState<DebitBatch | null>(null);
  const create = useCreateDebitBatch();
  const handleCreate = () =>
    debitDate &&
    create.mutate(debitDate, {
      onSuccess: (batch) => {
        setDebitDate(null);
        setOpen(batch);
      },
    });
  const createProblem = (e: Error) => {
    if (!isApiError(e)) return errorMessage(t, 'network', e.message);
    if (e.fieldErrors.debitDate) return e.fieldErrors.debitDate.message;
    // 422 without a field: no open invoice is due by that date under an active mandate.
    if (e.status === 422 && Object.keys(e.fieldErrors).length === 0) return t('payments:debit.nothingToDebit');
    return errorMessage(t, e.code, e.message);
  };
  const columns = useMemo<ColumnDef<DebitBatch, unknown>[]>(
    () => [
      {
        id: 'debitDate',
        header: t('payments:debit.debitDate'),
        cell: ({ row }) => formatDate(row.original.debitDate, lang),
      },
      { id: 'file', header: t('payments:debit.fileName'), cell: ({ row }) => row.original.fileName },
      {
        id: 'count',
        header: t('payments:debit.count'),
        meta: { align: 'right' },
        cell: ({ row }) => row.original.itemCount,
      },
      {
        id: 'total',
        header: t('payments:debit.total'),
        meta: { align: 'right' },
        cell: ({ row }) => formatYen(row.original.totalAmount),
      },
      {
        id: 'status',
        header: t('payments:debit.status'),
        cell: ({ row }) =>
          row.original.resultImportedAt ? (
            <Badge variant="filled" autoContrast color="teal">
              {t('payments:debit.batchStatus.completed')}
            </Badge>
          ) : (
            <Badge variant="filled" autoContrast color="blue">
              {t('payments:debit.batchStatus.requested')}
            </Badge>
          ),
      },
      {
        id: 'imported',
        header: t('payments:debit.resultImportedAt'),
        cell: ({ row }) => formatDateTime(row.original.resultImportedAt, lang) || '—',
      },
      {
        id: 'open',
        header: () => <span className="visually-hidden">{t('payments:bank.columns.actions')}</span>,
        cell: ({ row }) => {
          const label =
            row.original.resultImportedAt || !canWrite
              ? t('payments:debit.details')
              : t('payments:debit.fileAndResult');
          return (
            <Button
              size="xs"
              variant="default"
              onClick={() => setOpen(row.original)}
              aria-label={t('payments:debit.openBatch', { label, date: formatDate(row.original.debitDate, lang) })}
            >
              {label}
            </Button>
          );
        },
      },
    ],
    [t, lang, canWrite],
  );
  return (
    <Stack gap="sm">
      <Title order={2} size="h4">
        {t('payments:debit.batches')}
      </Title>
      {canWrite && (
        <Group align="flex-end">
          <DateField
            label={t('payments:debit.debitDate')}
            description={t('payments:debit.debitDateHint')}
            value={debitDate}
            onChange={(v) => setDebitDate(v as string | null)}
            w={240}
          />
          <Button
            leftSection={<IconFileExport size={16} aria-hidden />}
            onClick={handleCreate}
            disabled={!debitDate || !ready}
            loading={create.isPending}
          >
            {t('payments:debit.createBatch')}
          </Button>
        </Group>
      )}
      {create.error && (
        <Alert color="red" role="alert">
          {createProblem(create.error)}
        </Alert>
      )}
      <DataTable
        caption={t('payments:debit.batches')}
        data={list.data?.items ?? []}
        columns={columns}
        total={list.data?.total ?? 0}
        page={page}
        pageSize={DEBIT_PAGE_SIZE}
        onPageChange={setPage}
        loading={list.isFetching}
      />
      {open && <DebitBatchDialog batch={open} canWrite={canWrite} onClose={() => setOpen(null)} />}
    </Stack>
  );
}
