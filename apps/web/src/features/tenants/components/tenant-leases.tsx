import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { SimpleTable } from '@/components/table/simple-table';
import { formatDate, formatYen } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import { tenantDetailQueries } from '../api/tenant-detail-queries';

export function TenantLeases({ tenantId }: { tenantId: string }) {
  const { t, i18n } = useTranslation('tenants');
  const lang = toLanguage(i18n.language);
  const leases = useQuery(tenantDetailQueries.leases(tenantId));
  return (
    <SimpleTable
      caption={t('tabs.leases')}
      rows={leases.data?.items ?? []}
      rowKey={(l) => l.id}
      empty={t('leases.none')}
      loading={leases.isPending}
      columns={[
        {
          header: t('leases.period'),
          cell: (l) => `${formatDate(l.startDate, lang)} – ${formatDate(l.endDate, lang)}`,
        },
        { header: t('leases.rent'), cell: (l) => formatYen(l.monthlyRent), align: 'right' },
        { header: t('leases.status'), cell: (l) => l.status },
      ]}
    />
  );
}
