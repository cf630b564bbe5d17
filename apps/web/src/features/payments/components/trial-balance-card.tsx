import { Alert, Badge, Group, Paper, Table, Text, Title } from '@mantine/core';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MonthField } from '@/components/month-field';
import { isApiError } from '@/lib/api/api-error';
import { api, unwrap } from '@/lib/api/client';
import { formatYen } from '@/lib/format';
import { errorMessage } from '@/lib/forms/api-errors';

/** 残高試算表: the month's debits and credits by account, from the same journal the export writes. */
export function TrialBalanceCard({ defaultPeriod }: { defaultPeriod: string }) {
  const { t } = useTranslation(['payments', 'common', 'errors']);
  const [period, setPeriod] = useState<string | null>(defaultPeriod);
  const balance = useQuery({
    queryKey: ['accounting', 'trial-balance', period],
    queryFn: () => unwrap(api.GET('/api/v1/accounting/trial-balance', { params: { query: { period: period ?? '' } } })),
    enabled: !!period,
    placeholderData: keepPreviousData,
  });
  const data = balance.data;
  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" align="flex-end" mb="sm">
        <div>
          <Title order={2} size="h4" mb={4}>
            {t('payments:trialBalance.title')}
          </Title>
          <Text size="sm" c="dimmed">
            {t('payments:trialBalance.explain')}
          </Text>
        </div>
        <MonthField label={t('payments:export.period')} value={period} onChange={setPeriod} clearable={false} w={180} />
      </Group>
      {balance.error && (
        <Alert color="red" role="alert" mb="sm">
          {errorMessage(t, isApiError(balance.error) ? balance.error.code : 'network', balance.error.message)}
        </Alert>
      )}
      {data && (
        <>
          <Group gap="xs" mb="xs">
            <Badge variant="light" color="gray" c="dark.8">
              {t(`payments:trialBalance.recognition.${data.revenueRecognition}`)}
            </Badge>
            {data.debit === data.credit && (
              <Badge variant="filled" autoContrast color="teal">
                {t('payments:trialBalance.balanced')}
              </Badge>
            )}
          </Group>
          <Table striped withTableBorder>
            <caption className="visually-hidden">{t('payments:trialBalance.title')}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('payments:trialBalance.account')}</Table.Th>
                <Table.Th ta="right">{t('payments:trialBalance.debit')}</Table.Th>
                <Table.Th ta="right">{t('payments:trialBalance.credit')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {data.rows.map((r) => (
                <Table.Tr key={r.account}>
                  <Table.Td>{r.account}</Table.Td>
                  <Table.Td ta="right">{r.debit ? formatYen(r.debit) : '—'}</Table.Td>
                  <Table.Td ta="right">{r.credit ? formatYen(r.credit) : '—'}</Table.Td>
                </Table.Tr>
              ))}
              {data.rows.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={3}>
                    <Text size="sm" c="dimmed" ta="center">
                      {t('payments:trialBalance.none')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
            </Table.Tbody>
            <Table.Tfoot>
              <Table.Tr>
                <Table.Th>{t('payments:trialBalance.total')}</Table.Th>
                <Table.Th ta="right">{formatYen(data.debit)}</Table.Th>
                <Table.Th ta="right">{formatYen(data.credit)}</Table.Th>
              </Table.Tr>
            </Table.Tfoot>
          </Table>
        </>
      )}
    </Paper>
  );
}
