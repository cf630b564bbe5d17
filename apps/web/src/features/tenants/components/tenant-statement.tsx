import { Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { SimpleTable } from '@/components/table/simple-table';
import { formatDate, formatYen } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import { tenantDetailQueries } from '../api/tenant-detail-queries';

/** Invoices, credit notes, payments, refunds and fees with the running balance. */
export function TenantStatement({ tenantId }: { tenantId: string }) {
  const { t, i18n } = useTranslation('tenants');
  const lang = toLanguage(i18n.language);
  const statement = useQuery(tenantDetailQueries.statement(tenantId));
  const money = (n: number) => (n ? formatYen(n) : '');
  return (
    <>
      <SimpleTable
        caption={t('tabs.statement')}
        rows={statement.data?.lines ?? []}
        rowKey={(l) => `${l.kind}-${l.documentId}`}
        empty={t('statement.none')}
        loading={statement.isPending}
        columns={[
          { header: t('statement.date'), cell: (l) => formatDate(l.date, lang) },
          {
            header: t('statement.kind'),
            cell: (l) => t(`statement.kinds.${l.kind}` as never, { defaultValue: l.kind }),
          },
          { header: t('statement.reference'), cell: (l) => l.reference },
          { header: t('statement.debit'), cell: (l) => money(l.debit), align: 'right' },
          { header: t('statement.credit'), cell: (l) => money(l.credit), align: 'right' },
          { header: t('statement.balance'), cell: (l) => formatYen(l.balance), align: 'right' },
        ]}
      />
      {statement.data && (
        <Text ta="right" fw={700} mt="xs">
          {t('statement.balance')}: {formatYen(statement.data.closingBalance)}
        </Text>
      )}
    </>
  );
}
