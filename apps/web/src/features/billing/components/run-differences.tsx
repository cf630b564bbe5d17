import { Badge, Paper, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatYen } from '@/lib/format';
import type { BillingRunDiff } from '../api/billing-run-queries';

const COLORS: Record<BillingRunDiff['change'], string> = { new: 'teal', ended: 'gray', changed: 'orange' };

interface RunDifferencesProps {
  differences: BillingRunDiff[];
}

/** What differs from last month: new tenants, tenants no longer billed, changed totals. */
export function RunDifferences({ differences }: RunDifferencesProps) {
  const { t } = useTranslation('billing');
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h4" mb="sm">
        {t('run.differences.title')}
      </Title>
      {differences.length === 0 ? (
        <Text c="dimmed" size="sm">
          {t('run.differences.none')}
        </Text>
      ) : (
        <Table striped>
          <caption className="visually-hidden">{t('run.differences.title')}</caption>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>{t('run.differences.recipient')}</Table.Th>
              <Table.Th>{t('run.differences.change')}</Table.Th>
              <Table.Th ta="right">{t('run.differences.previous')}</Table.Th>
              <Table.Th ta="right">{t('run.differences.current')}</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {differences.map((d) => (
              <Table.Tr key={`${d.tenantId}-${d.change}`}>
                <Table.Td>{d.recipientName}</Table.Td>
                <Table.Td>
                  <Badge color={COLORS[d.change]} variant="light" c="dark.8">
                    {t(`run.differences.kind.${d.change}`)}
                  </Badge>
                </Table.Td>
                <Table.Td ta="right">{d.previousTotal === null ? '—' : formatYen(d.previousTotal)}</Table.Td>
                <Table.Td ta="right">{d.total === null ? '—' : formatYen(d.total)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
      )}
    </Paper>
  );
}
