import { Badge, Paper, SimpleGrid, Stack, Table, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatYen } from '@/lib/format';
import { arrearsQueries } from '../api/arrears-queries';
import { AGING_BUCKETS } from '../api/receivable-types';
import { DateField } from '@/components/date-field';

const LEVEL_COLORS = ['gray', 'yellow', 'orange', 'red'];

/** Open balances by aging bucket and the reminder (督促) level each tenant has reached. */
export function ArrearsPanel() {
  const { t } = useTranslation('payments');
  const [asOf, setAsOf] = useState('');
  const report = useQuery(arrearsQueries.report(asOf || undefined));
  const totals = report.data?.totals;
  return (
    <Stack gap="md">
      <DateField
        label={t('arrears.asOf')}
        value={asOf || null}
        onChange={(v) => v && setAsOf(v as string)}
        clearable={false}
        w={200}
      />
      <SimpleGrid cols={{ base: 3, md: 6 }}>
        {[...AGING_BUCKETS, 'total' as const].map((b) => (
          <Paper key={b} withBorder p="sm" radius="md">
            <Text size="xs" c="dimmed">
              {t(`arrears.bucket.${b}`)}
            </Text>
            <Text fw={700} size="lg">
              {totals ? formatYen(totals[b]) : '—'}
            </Text>
          </Paper>
        ))}
      </SimpleGrid>
      <Paper withBorder radius="md">
        <Table striped>
          <caption className="visually-hidden">{t('arrears.title')}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('arrears.tenant')}</Table.Th>
              {AGING_BUCKETS.map((b) => (
                <Table.Th key={b} ta="right">
                  {t(`arrears.bucket.${b}`)}
                </Table.Th>
              ))}
              <Table.Th ta="right">{t('arrears.bucket.total')}</Table.Th>
              <Table.Th>{t('arrears.level')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {(report.data?.tenants ?? []).map((row) => (
              <Table.Tr key={row.tenantId}>
                <Table.Td>{row.tenantName}</Table.Td>
                {AGING_BUCKETS.map((b) => (
                  <Table.Td key={b} ta="right">
                    {row.aging[b] ? formatYen(row.aging[b]) : ''}
                  </Table.Td>
                ))}
                <Table.Td ta="right" fw={700}>
                  {formatYen(row.aging.total)}
                </Table.Td>
                <Table.Td>
                  <Badge color={LEVEL_COLORS[row.dunningLevel]} variant="light" c="dark.8">
                    {t(`arrears.levels.${row.dunningLevel}`)}
                  </Badge>
                </Table.Td>
              </Table.Tr>
            ))}
            {report.data?.tenants.length === 0 && (
              <Table.Tr>
                <Table.Td colSpan={8}>
                  <Text c="dimmed" ta="center" py="md">
                    {t('arrears.none')}
                  </Text>
                </Table.Td>
              </Table.Tr>
            )}
          </Table.Tbody>
        </Table>
      </Paper>
    </Stack>
  );
}
