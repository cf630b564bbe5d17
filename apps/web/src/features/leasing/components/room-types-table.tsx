import { Paper, Table } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { leasingQueries } from '../api/leasing-queries';

export function RoomTypesTable() {
  const { t } = useTranslation('leasing');
  const types = useQuery(leasingQueries.roomTypes());
  return (
    <Paper withBorder radius="md">
      <Table striped>
        <caption className="visually-hidden">{t('tabs.roomTypes')}</caption>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('roomTypes.code')}</Table.Th>
            <Table.Th>{t('roomTypes.nameJa')}</Table.Th>
            <Table.Th>{t('roomTypes.nameEn')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {(types.data?.items ?? []).map((rt) => (
            <Table.Tr key={rt.id}>
              <Table.Td>{rt.code}</Table.Td>
              <Table.Td>{rt.nameJa}</Table.Td>
              <Table.Td>{rt.nameEn}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Paper>
  );
}
