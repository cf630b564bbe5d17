import { Button } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { SimpleTable } from '@/components/table/simple-table';
import { useTenantNames } from '@/lib/api/tenant-names';
import { formatDate } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import { partnerQueries, type Referral } from '../api/partner-queries';

interface OverdueFollowUpsProps {
  referrals: Referral[];
  organizationName: (id: string) => string;
  onOpen: (id: string) => void;
}

/** 期限切れの状況確認: check-ins past their date and not done, oldest first. */
export function OverdueFollowUps({ referrals, organizationName, onOpen }: OverdueFollowUpsProps) {
  const { t, i18n } = useTranslation('partners');
  const lang = toLanguage(i18n.language);
  const tenantName = useTenantNames();
  const overdue = useQuery(partnerQueries.overdue());
  const byId = new Map(referrals.map((r) => [r.id, r]));
  return (
    <SimpleTable
      caption={t('followUps.caption')}
      rows={overdue.data?.items ?? []}
      rowKey={(c) => c.id}
      loading={overdue.isPending}
      empty={t('followUps.empty')}
      columns={[
        { header: t('followUps.dueOn'), cell: (c) => formatDate(c.dueOn, lang) },
        { header: t('referrals.tenant'), cell: (c) => tenantName(byId.get(c.referralId)?.tenantId) },
        {
          header: t('referrals.organization'),
          cell: (c) => organizationName(byId.get(c.referralId)?.organizationId ?? ''),
        },
        { header: t('referrals.need'), cell: (c) => byId.get(c.referralId)?.need ?? '' },
        { header: t('checkIns.note'), cell: (c) => c.note ?? '' },
        {
          header: t('referrals.record'),
          cell: (c) => (
            <Button size="xs" variant="default" onClick={() => onOpen(c.referralId)}>
              {t('referrals.open')}
            </Button>
          ),
        },
      ]}
    />
  );
}
