import { Badge, Button, Paper, Stack, Table, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatYen } from '@/lib/format';
import type { Space } from '../api/leasing-queries';

interface RoomsByFloorProps {
  spaces: Space[];
  vacantOnDate: Set<string>;
  canLease: boolean;
  onCreateLease: (space: Space) => void;
}

function groupBy(spaces: Space[]): [string, [string, Space[]][]][] {
  const buildings = new Map<string, Map<string, Space[]>>();
  for (const s of spaces) {
    const floors = buildings.get(s.building ?? '') ?? new Map<string, Space[]>();
    floors.set(s.floor ?? '', [...(floors.get(s.floor ?? '') ?? []), s]);
    buildings.set(s.building ?? '', floors);
  }
  return [...buildings].map(([b, floors]) => [b, [...floors]]);
}

/** Rooms by building, then floor, each marked vacant or let on the chosen date. */
export function RoomsByFloor({ spaces, vacantOnDate, canLease, onCreateLease }: RoomsByFloorProps) {
  const { t } = useTranslation('leasing');
  return (
    <Stack gap="lg">
      {groupBy(spaces).map(([building, floors]) => (
        <Stack key={building} gap="sm">
          <Title order={2} size="h4">
            {building || t('rooms.noBuilding')}
          </Title>
          {floors.map(([floor, rooms]) => (
            <Paper key={floor} withBorder radius="md">
              <Table striped verticalSpacing="xs" horizontalSpacing="md">
                <caption style={{ textAlign: 'left', padding: '8px 16px', fontWeight: 600 }}>
                  {floor ? t('rooms.floor', { floor }) : t('rooms.noFloor')}
                </caption>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th w="14%">{t('rooms.code')}</Table.Th>
                    <Table.Th w="22%">{t('rooms.type')}</Table.Th>
                    <Table.Th w="12%" ta="right">
                      {t('rooms.area')}
                    </Table.Th>
                    <Table.Th w="16%" ta="right">
                      {t('rooms.rent')}
                    </Table.Th>
                    <Table.Th w="14%">{t('rooms.onDate')}</Table.Th>
                    <Table.Th>{t('rooms.status')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {rooms.map((s) => {
                    const vacant = vacantOnDate.has(s.id);
                    return (
                      <Table.Tr key={s.id}>
                        <Table.Td fw={600}>{s.code}</Table.Td>
                        <Table.Td>{s.type}</Table.Td>
                        <Table.Td ta="right">{s.areaSqm} m²</Table.Td>
                        <Table.Td ta="right">{formatYen(s.monthlyRent)}</Table.Td>
                        <Table.Td>
                          <Badge variant="light" color={vacant ? 'teal' : 'gray'} autoContrast>
                            {vacant ? t('rooms.vacantOnDate') : t('rooms.occupiedOnDate')}
                          </Badge>
                        </Table.Td>
                        <Table.Td>
                          {vacant && canLease && s.status !== 'out_of_service' ? (
                            <Button
                              size="compact-sm"
                              variant="light"
                              onClick={() => onCreateLease(s)}
                              aria-label={t('rooms.createLeaseFor', { code: s.code })}
                            >
                              {t('rooms.createLease')}
                            </Button>
                          ) : (
                            t(`spaceStatus.${s.status}`)
                          )}
                        </Table.Td>
                      </Table.Tr>
                    );
                  })}
                </Table.Tbody>
              </Table>
            </Paper>
          ))}
        </Stack>
      ))}
    </Stack>
  );
}
