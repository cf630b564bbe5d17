import { Badge, Drawer, Group, Stack, Text, Title } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useTenantNames } from '@/lib/api/tenant-names';
import { formatDate, formatDateTime } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import { partnerQueries } from '../api/partner-queries';
import { STATUS_COLORS, nextReferralStatuses } from '../api/referral-steps';
import { CheckIns } from './check-ins';
import { ReferralStepForm } from './referral-step-form';

interface ReferralDrawerProps {
  id: string;
  organizationName: (id: string) => string;
  canEdit: boolean;
  onClose: () => void;
}

/** One referral: need, consent, status with its next step, and the check-ins that follow it up. */
export function ReferralDrawer({ id, organizationName, canEdit, onClose }: ReferralDrawerProps) {
  const { t, i18n } = useTranslation('partners');
  const lang = toLanguage(i18n.language);
  const tenantName = useTenantNames();
  const referral = useQuery(partnerQueries.referral(id));
  const r = referral.data;
  const consent = (r?.consent ?? null) as { givenBy?: string; givenAt?: string; method?: string } | null;
  return (
    <Drawer
      opened
      onClose={onClose}
      closeButtonProps={{ 'aria-label': i18n.t('common:actions.close') }}
      position="right"
      size="xl"
      title={t('detail.title')}
    >
      {r && (
        <Stack gap="md">
          <div>
            <Group gap="xs">
              <Title order={3} size="h4">
                {tenantName(r.tenantId)} → {organizationName(r.organizationId)}
              </Title>
              <Badge color={STATUS_COLORS[r.status]} variant="light" c="dark.8">
                {t(`status.${r.status}`)}
              </Badge>
            </Group>
            <Text size="sm">{r.need}</Text>
            <Text size="sm" c="dimmed">
              {consent?.givenBy
                ? t('detail.consent', {
                    name: consent.givenBy,
                    method: t(`consentMethod.${consent.method ?? 'written'}` as never),
                    date: consent.givenAt ? formatDateTime(consent.givenAt, lang) : '',
                  })
                : t('referrals.noConsent')}
            </Text>
            {r.outcome && <Text size="sm">{t('detail.outcome', { outcome: t(`outcome.${r.outcome}` as never) })}</Text>}
          </div>
          {canEdit && nextReferralStatuses(r.status).length > 0 && (
            <div>
              <Title order={4} size="h5" mb="xs">
                {t('step.title')}
              </Title>
              <ReferralStepForm key={r.status} referral={r} />
            </div>
          )}
          <div>
            <Title order={4} size="h5" mb="xs">
              {t('checkIns.title')}
            </Title>
            <CheckIns referralId={r.id} canEdit={canEdit} />
          </div>
          <div>
            <Title order={4} size="h5" mb="xs">
              {t('detail.history')}
            </Title>
            {(r.history as { to?: string; on?: string }[]).map((h, i) => (
              <Text key={i} size="sm">
                {h.on ? formatDate(h.on, lang) : ''} {h.to ? t(`status.${h.to}` as never) : ''}
              </Text>
            ))}
          </div>
        </Stack>
      )}
    </Drawer>
  );
}
