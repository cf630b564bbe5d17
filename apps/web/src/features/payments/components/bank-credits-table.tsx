import { Button, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import type { ColumnDef } from '@tanstack/react-table';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable } from '@/components/table/data-table';
import { useTenantNames } from '@/lib/api/tenant-names';
import { formatDate, formatYen } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import { BANK_PAGE_SIZE, bankQueries, type CreditStatus } from '../api/bank-queries';
import type { BankCredit } from '../api/receivable-types';
import { MatchCreditDialog } from './match-credit-dialog';

interface BankCreditsTableProps {
  status: CreditStatus;
  canWrite: boolean;
}

/** Credits from the bank files by state; unmatched ones say why and can be matched by hand. */
export function BankCreditsTable({ status, canWrite }: BankCreditsTableProps) {
  const { t, i18n } = useTranslation('payments');
  const lang = toLanguage(i18n.language);
  const [page, setPage] = useState(0);
  const list = useQuery(bankQueries.credits(status, page));
  const tenantName = useTenantNames();
  const [matching, setMatching] = useState<BankCredit | null>(null);
  const columns = useMemo<ColumnDef<BankCredit, unknown>[]>(() => {
    const cols: ColumnDef<BankCredit, unknown>[] = [
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
    ];
    if (status === 'unmatched') {
      cols.push(
        {
          id: 'reasons',
          header: t('bank.columns.reason'),
          cell: ({ row }) => row.original.unmatchedReasons.map((r) => t(`bank.reason.${r}` as never)).join('、'),
        },
        {
          id: 'candidates',
          header: t('bank.columns.candidates'),
          cell: ({ row }) => row.original.candidateTenantIds.map(tenantName).filter(Boolean).join('、') || '—',
        },
      );
      if (canWrite)
        cols.push({
          id: 'match',
          header: () => <span className="visually-hidden">{t('bank.columns.actions')}</span>,
          cell: ({ row }) => (
            <Button
              size="xs"
              onClick={() => setMatching(row.original)}
              aria-label={t('bank.matchCredit', { sender: row.original.senderName })}
            >
              {t('bank.match')}
            </Button>
          ),
        });
    } else {
      cols.push({
        id: 'tenant',
        header: t('bank.columns.tenant'),
        cell: ({ row }) => <Text size="sm">{tenantName(row.original.tenantId)}</Text>,
      });
    }
    return cols;
  }, [t, lang, status, canWrite, tenantName]);
  return (
    <>
      <DataTable
        caption={t(`bank.tabs.${status}`)}
        data={list.data?.items ?? []}
        columns={columns}
        total={list.data?.total ?? 0}
        page={page}
        pageSize={BANK_PAGE_SIZE}
        loading={list.isPending}
        onPageChange={setPage}
      />
      {matching && <MatchCreditDialog credit={matching} tenantName={tenantName} onClose={() => setMatching(null)} />}
    </>
  );
}
