import { Stack, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { SimpleTable } from '@/components/table/simple-table';
import { formatDateTime, formatYen } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import { tenantDetailQueries } from '../api/tenant-detail-queries';

/** The tenant's subsidy cases, advisory sessions and referrals. */
export function TenantSupport({ tenantId }: { tenantId: string }) {
  const { t, i18n } = useTranslation('tenants');
  const lang = toLanguage(i18n.language);
  const subsidies = useQuery(tenantDetailQueries.subsidies(tenantId));
  const sessions = useQuery(tenantDetailQueries.sessions(tenantId));
  const referrals = useQuery(tenantDetailQueries.referrals(tenantId));
  return (
    <Stack gap="lg">
      <Title order={2} size="h4">
        {t('support.subsidies')}
      </Title>
      <SimpleTable
        caption={t('support.subsidies')}
        rows={subsidies.data?.items ?? []}
        rowKey={(s) => s.id}
        empty={t('support.none')}
        columns={[
          { header: t('support.title'), cell: (s) => s.title },
          { header: t('support.stage'), cell: (s) => s.stage },
          {
            header: t('support.requested'),
            cell: (s) => (s.requestedAmount === null ? '—' : formatYen(Number(s.requestedAmount))),
            align: 'right',
          },
        ]}
      />
      <Title order={2} size="h4">
        {t('support.sessions')}
      </Title>
      <SimpleTable
        caption={t('support.sessions')}
        rows={sessions.data?.items ?? []}
        rowKey={(s) => s.id}
        empty={t('support.none')}
        columns={[
          { header: t('support.startsAt'), cell: (s) => formatDateTime(s.startsAt, lang) },
          { header: t('support.topic'), cell: (s) => s.topic },
          { header: t('support.status'), cell: (s) => s.status },
        ]}
      />
      <Title order={2} size="h4">
        {t('support.referrals')}
      </Title>
      <SimpleTable
        caption={t('support.referrals')}
        rows={referrals.data?.items ?? []}
        rowKey={(r) => r.id}
        empty={t('support.none')}
        columns={[
          { header: t('support.need'), cell: (r) => r.need },
          { header: t('support.direction'), cell: (r) => r.direction },
          { header: t('support.status'), cell: (r) => r.status },
        ]}
      />
    </Stack>
  );
}
