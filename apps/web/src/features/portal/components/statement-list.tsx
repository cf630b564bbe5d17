import { Group, Paper, Stack, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDate, formatYen } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import { portalQueries } from '../api/portal-queries';

/** Invoices, credit notes, payments and refunds with the running balance. */
export function StatementList() {
  const { t, i18n } = useTranslation('portal');
  const lang = toLanguage(i18n.language);
  const statement = useQuery(portalQueries.statement());
  const lines = statement.data?.lines ?? [];
  if (statement.isSuccess && lines.length === 0) return <Text c="dimmed">{t('invoices.statementNone')}</Text>;
  return (
    <Stack gap="xs">
      {lines.map((l) => (
        <Paper key={`${l.kind}-${l.documentId}`} withBorder p="sm" radius="md">
          <Group justify="space-between" wrap="nowrap" align="flex-start">
            <div>
              <Text size="sm" fw={600}>
                {formatDate(l.date, lang)}・{t(`invoices.statementKinds.${l.kind}` as never, { defaultValue: l.kind })}
              </Text>
              <Text size="xs" c="dimmed">
                {l.reference}
              </Text>
            </div>
            <div style={{ textAlign: 'right' }}>
              <Text size="sm">
                {l.debit
                  ? `${t('invoices.debit')} ${formatYen(l.debit)}`
                  : `${t('invoices.credit')} ${formatYen(l.credit)}`}
              </Text>
              <Text size="xs" c="dimmed">
                {t('invoices.balance')} {formatYen(l.balance)}
              </Text>
            </div>
          </Group>
        </Paper>
      ))}
      {statement.data && (
        <Text ta="right" fw={700}>
          {t('invoices.closing', { amount: formatYen(statement.data.closingBalance) })}
        </Text>
      )}
    </Stack>
  );
}
