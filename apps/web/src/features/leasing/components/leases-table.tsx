import { Anchor, Badge, Button, Group, Paper, Table, Text } from '@mantine/core';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDate, formatYen } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import type { Lease } from '../api/leasing-queries';

interface LeasesTableProps {
  leases: Lease[];
  names: Map<string, string>;
  spaceCodes: Map<string, string>;
  canWrite: boolean;
  onRenew: (lease: Lease) => void;
  onEnd: (lease: Lease) => void;
}

export function LeasesTable({ leases, names, spaceCodes, canWrite, onRenew, onEnd }: LeasesTableProps) {
  const { t, i18n } = useTranslation(['leasing', 'common']);
  const lang = toLanguage(i18n.language);
  return (
    <Paper withBorder radius="md">
      <Table striped verticalSpacing="sm">
        <caption className="visually-hidden">{t('tabs.leases')}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('leases.tenant')}</Table.Th>
            <Table.Th>{t('leases.spaces')}</Table.Th>
            <Table.Th>{t('leases.period')}</Table.Th>
            <Table.Th ta="right">{t('leases.rent')}</Table.Th>
            <Table.Th>{t('leases.status')}</Table.Th>
            {canWrite && <Table.Th>{t('leases.actions')}</Table.Th>}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {leases.map((l) => (
            <Table.Tr key={l.id}>
              <Table.Td>
                <Anchor renderRoot={(p) => <Link to="/tenants/$tenantId" params={{ tenantId: l.tenantId }} {...p} />}>
                  {names.get(l.tenantId) ?? '—'}
                </Anchor>
              </Table.Td>
              <Table.Td>{l.spaceIds.map((id) => spaceCodes.get(id) ?? '—').join('、')}</Table.Td>
              <Table.Td style={{ whiteSpace: 'nowrap' }}>
                {formatDate(l.startDate, lang)} – {formatDate(l.endDate, lang)}
              </Table.Td>
              <Table.Td ta="right">{formatYen(l.monthlyRent)}</Table.Td>
              <Table.Td>
                <Badge variant="light" autoContrast color={l.status === 'active' ? 'teal' : 'gray'}>
                  {t(`leaseStatus.${l.status}`)}
                </Badge>
              </Table.Td>
              {canWrite && (
                <Table.Td>
                  <Group gap="xs" wrap="nowrap">
                    <Button size="compact-sm" variant="light" onClick={() => onRenew(l)}>
                      {t('leases.renew')}
                    </Button>
                    <Button size="compact-sm" variant="subtle" color="red" onClick={() => onEnd(l)}>
                      {t('leases.end')}
                    </Button>
                  </Group>
                </Table.Td>
              )}
            </Table.Tr>
          ))}
          {leases.length === 0 && (
            <Table.Tr>
              <Table.Td colSpan={6}>
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
