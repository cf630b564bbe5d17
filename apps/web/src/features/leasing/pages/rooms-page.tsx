import { Button, Group, Select, Stack, Tabs } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { RoomTypesTable } from '@/components/room-types-table';
import { leasingQueries, type Space } from '../api/leasing-queries';
import { CreateLeaseDialog } from '../components/create-lease-dialog';
import { OccupancySummary } from '../components/occupancy-summary';
import { RoomsByFloor } from '../components/rooms-by-floor';

export interface RoomsSearch {
  asOf?: string;
  status?: 'vacant' | 'occupied';
  tab?: 'rooms' | 'types';
}

interface RoomsPageProps {
  search: RoomsSearch;
  canLease: boolean;
}

export function RoomsPage({ search, canLease }: RoomsPageProps) {
  const { t } = useTranslation('leasing');
  const navigate = useNavigate({ from: '/rooms/' });
  const spaces = useQuery(leasingQueries.spaces());
  const occupancy = useQuery(leasingQueries.occupancy(search.asOf));
  const [leasing, setLeasing] = useState<Space | null>(null);
  const vacant = new Set((occupancy.data?.vacantSpaces ?? []).map((s) => s.id));
  const shown = (spaces.data?.items ?? []).filter((s) =>
    search.status === 'vacant' ? vacant.has(s.id) : search.status === 'occupied' ? !vacant.has(s.id) : true,
  );
  const handleChange = (patch: Partial<RoomsSearch>) => void navigate({ search: (prev) => ({ ...prev, ...patch }) });
  return (
    <Stack gap="md">
      <PageHeader
        title={t('title')}
        description={t('rooms.description')}
        actions={
          <Button component={Link} to="/rooms/leases" variant="default">
            {t('tabs.leases')}
          </Button>
        }
      />
      <Tabs value={search.tab ?? 'rooms'} onChange={(v) => handleChange({ tab: v === 'types' ? 'types' : undefined })}>
        <Tabs.List>
          <Tabs.Tab value="rooms">{t('tabs.rooms')}</Tabs.Tab>
          <Tabs.Tab value="types">{t('tabs.roomTypes')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="rooms" pt="md">
          <Stack gap="md">
            <Group align="flex-end" gap="md">
              <OccupancySummary
                asOf={search.asOf}
                report={occupancy.data}
                onDateChange={(asOf) => handleChange({ asOf })}
              />
              <Select
                label={t('rooms.onDate')}
                clearable
                value={search.status ?? null}
                onChange={(v) => handleChange({ status: (v as RoomsSearch['status']) ?? undefined })}
                data={[
                  { value: 'vacant', label: t('rooms.vacantOnDate') },
                  { value: 'occupied', label: t('rooms.occupiedOnDate') },
                ]}
                w={160}
              />
            </Group>
            <RoomsByFloor spaces={shown} vacantOnDate={vacant} canLease={canLease} onCreateLease={setLeasing} />
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="types" pt="md">
          <RoomTypesTable />
        </Tabs.Panel>
      </Tabs>
      {leasing && <CreateLeaseDialog space={leasing} onClose={() => setLeasing(null)} />}
    </Stack>
  );
}
