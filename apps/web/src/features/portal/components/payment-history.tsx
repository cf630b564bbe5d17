import { Group, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDate, formatYen } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import { portalQueries } from '../api/portal-queries';

export function PaymentHistory() {
  const { t, i18n } = useTranslation('portal');
  const lang = toLanguage(i18n.language);
  const payments = useQuery(portalQueries.payments());
  const items = payments.data?.items ?? [];
  if (payments.isSuccess && items.length === 0) return <Text c="dimmed">{t('invoices.paymentsNone')}</Text>;
  return (
    <Stack gap="xs">
      {items.map((p) => (
        <Paper key={p.id} withBorder p="sm" radius="md">
          <Group justify="space-between" wrap="nowrap">
            <div>
              <Text fw={600}>{formatDate(p.paidOn, lang)}</Text>
              <Text size="sm" c="dimmed">
                {p.kind === 'refund' ? t('invoices.refund') : t(`invoices.methods.${p.method}`)}
              </Text>
            </div>
            <Text fw={700}>{formatYen(p.amount)}</Text>
          </Group>
        </Paper>
      ))}
    </Stack>
  );
}
