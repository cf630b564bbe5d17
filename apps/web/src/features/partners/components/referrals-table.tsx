import { Button, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SimpleTable } from '@/components/table/simple-table';
import { useTenantNames } from '@/lib/api/tenant-names';
import { formatDate } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import type { Referral } from '../api/partner-queries';
import { STATUS_COLORS } from '../api/referral-steps';

interface ReferralsTableProps {
  referrals: Referral[];
  organizationName: (id: string) => string;
  loading: boolean;
  onOpen: (id: string) => void;
}

/** Referrals to and from partner organisations, with consent and status. */
export function ReferralsTable({ referrals, organizationName, loading, onOpen }: ReferralsTableProps) {
  const { t, i18n } = useTranslation('partners');
  const lang = toLanguage(i18n.language);
  const tenantName = useTenantNames();
  return (
    <SimpleTable
      caption={t('referrals.caption')}
      rows={referrals}
      rowKey={(r) => r.id}
      loading={loading}
      empty={t('referrals.empty')}
      columns={[
        {
          header: t('referrals.createdAt'),
          cell: (r) => (
            <Text size="sm" style={{ whiteSpace: 'nowrap' }}>
              {formatDate(r.createdAt, lang)}
            </Text>
          ),
        },
        { header: t('referrals.tenant'), cell: (r) => tenantName(r.tenantId) },
        { header: t('referrals.organization'), cell: (r) => organizationName(r.organizationId) },
        { header: t('referrals.direction'), cell: (r) => t(`direction.${r.direction}`) },
        {
          header: t('referrals.need'),
          cell: (r) => (
            <Text size="sm" lineClamp={2}>
              {r.need}
            </Text>
          ),
        },
        {
          header: t('referrals.consent'),
          cell: (r) => {
            const c = r.consent as { givenBy?: string } | null;
            return c?.givenBy ? t('referrals.consentBy', { name: c.givenBy }) : t('referrals.noConsent');
          },
        },
        {
          header: t('referrals.status'),
          cell: (r) => (
            <Text
              component="span"
              size="xs"
              fw={700}
              px={8}
              py={2}
              c="dark.8"
              style={{
                borderRadius: 999,
                whiteSpace: 'nowrap',
                background: `var(--mantine-color-${STATUS_COLORS[r.status]}-1)`,
              }}
            >
              {t(`status.${r.status}`)}
            </Text>
          ),
        },
        {
          header: t('referrals.record'),
          cell: (r) => (
            <Button
              size="xs"
              variant="default"
              onClick={() => onOpen(r.id)}
              aria-label={t('referrals.openOf', { tenant: tenantName(r.tenantId) })}
            >
              {t('referrals.open')}
            </Button>
          ),
        },
      ]}
    />
  );
}
