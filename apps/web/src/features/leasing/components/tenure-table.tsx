import { Anchor, Paper, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDate } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import type { TenureItem } from '../api/leasing-queries';

interface TenureTableProps {
  items: TenureItem[];
  names: Map<string, string>;
  maxTenureMonths?: number;
}

/** Tenants whose maximum tenure runs out within six months. */
export function TenureTable({ items, names, maxTenureMonths }: TenureTableProps) {
  const { t, i18n } = useTranslation(['leasing', 'common']);
  const lang = toLanguage(i18n.language);
  return (
    <Paper withBorder radius="md">
      {maxTenureMonths && (
        <Text size="sm" c="dimmed" p="sm">
          {t('leases.maxTenure', { months: maxTenureMonths })}
        </Text>
      )}
      <Table striped>
        <caption className="visually-hidden">{t('leases.tenure')}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('leases.tenant')}</Table.Th>
            <Table.Th>{t('leases.latestEnd')}</Table.Th>
            <Table.Th>{t('leases.period')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {items.map((i) => (
            <Table.Tr key={i.tenantId}>
              <Table.Td>
                <Anchor renderRoot={(p) => <Link to="/tenants/$tenantId" params={{ tenantId: i.tenantId }} {...p} />}>
                  {names.get(i.tenantId) ?? '—'}
                </Anchor>
              </Table.Td>
              <Table.Td>{formatDate(i.latestEndDate, lang)}</Table.Td>
              <Table.Td>{t('leases.monthsRemaining', { count: i.monthsRemaining })}</Table.Td>
            </Table.Tr>
          ))}
          {items.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={3}>
                <Text c="dimmed" ta="center" py="md">
                  {t('common:states.empty')}
                </Text>
              </Table.Td>
            </Table.Tr>
          )}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
