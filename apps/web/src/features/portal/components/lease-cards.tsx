import { Badge, Group, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDate, formatYen } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import { portalQueries } from '../api/portal-queries';
import { ReadOnlyFields } from './read-only-fields';

/** The tenant's leases with rooms, term, end date and money. */
export function LeaseCards() {
  const { t, i18n } = useTranslation('portal');
  const lang = toLanguage(i18n.language);
  const leases = useQuery(portalQueries.leases());
  const items = (leases.data?.items ?? []).filter((l) => l.status !== 'draft' && l.status !== 'cancelled');
  if (leases.isSuccess && items.length === 0) return <Text c="dimmed">{t('company.noLeases')}</Text>;
  return (
    <Stack gap="sm">
      {items.map((l) => (
        <Paper key={l.id} withBorder p="sm" radius="md">
          <Group justify="space-between" mb="xs">
            <Text fw={700}>{l.spaceCodes.join('・')}</Text>
            <Group gap={6}>
              {l.renewalOf && <Badge variant="outline">{t('company.renewal')}</Badge>}
              <Badge variant="light" c="dark.8" color={l.status === 'active' ? 'teal' : 'gray'}>
                {t(`company.leaseStatuses.${l.status}`)}
              </Badge>
            </Group>
          </Group>
          <ReadOnlyFields
            cols={{ base: 2, sm: 3 }}
            fields={[
              {
                label: t('company.term'),
                value: t('company.termValue', { from: formatDate(l.startDate, lang), to: formatDate(l.endDate, lang) }),
              },
              { label: t('company.endsOn'), value: formatDate(l.terminatedOn ?? l.endDate, lang) },
              { label: t('company.rent'), value: formatYen(l.monthlyRent) },
              { label: t('company.commonAreaFee'), value: formatYen(l.commonAreaFee) },
              { label: t('company.deposit'), value: formatYen(l.deposit) },
              { label: t('company.notice'), value: t('company.noticeDays', { days: l.noticePeriodDays }) },
            ]}
          />
        </Paper>
      ))}
    </Stack>
  );
}
