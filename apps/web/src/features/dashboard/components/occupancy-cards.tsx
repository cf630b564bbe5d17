import { SimpleGrid } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatNumber, formatRate } from '@/lib/format';
import type { Dashboard } from '../api/dashboard-query';
import { StatCard } from './stat-card';

export function OccupancyCards({ data }: { data: Dashboard }) {
  const { t } = useTranslation('dashboard');
  const { rooms, area } = data.occupancy;
  return (
    <SimpleGrid cols={{ base: 2, md: 5 }} spacing="md">
      <StatCard
        label={t('cards.activeTenants')}
        value={t('units.companies', { count: data.tenants.active })}
        to="/tenants"
        search={{ status: 'active' }}
      />
      <StatCard
        label={t('cards.alumni')}
        value={t('units.companies', { count: data.tenants.alumni })}
        to="/tenants"
        search={{ status: 'graduated' }}
      />
      <StatCard
        label={t('cards.occupancyRooms')}
        value={formatRate(rooms.rate)}
        detail={t('units.occupied', { occupied: formatNumber(rooms.occupied), total: formatNumber(rooms.total) })}
        to="/rooms"
      />
      <StatCard
        label={t('cards.occupancyArea')}
        value={formatRate(area.rate)}
        detail={t('units.area', { occupied: area.occupiedSqm, total: area.totalSqm })}
        to="/rooms"
      />
      <StatCard
        label={t('cards.vacantRooms')}
        value={t('units.rooms', { count: rooms.vacant })}
        to="/rooms"
        search={{ status: 'vacant' }}
      />
    </SimpleGrid>
  );
}
