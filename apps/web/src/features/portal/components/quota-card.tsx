import { Alert, Text } from '@mantine/core';
import type { components } from '@tamago/api-client';
import { useTranslation } from 'react-i18next';
import { Section } from './section';

type Quota = components['schemas']['AdvisoryQuotaView'];

/** Free sessions left this fiscal year, and what the facility does past them. */
export function QuotaCard({ quota }: { quota: Quota | undefined }) {
  const { t } = useTranslation('portal');
  if (!quota) return null;
  return (
    <Section title={t('sessions.quota')}>
      <Text fz={22} fw={800}>
        {t('sessions.quotaValue', { remaining: quota.remaining, quota: quota.quota, used: quota.used })}
      </Text>
      {quota.remaining <= 0 && (
        <Alert mt="sm" color={quota.allowed ? 'yellow' : 'orange'} role="status">
          {quota.allowed ? t('sessions.quotaChargeable') : t('sessions.quotaRefuse')}
        </Alert>
      )}
    </Section>
  );
}
