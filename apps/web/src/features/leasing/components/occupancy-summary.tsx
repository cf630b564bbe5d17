import { Group, Paper, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/date-field';
import type { OccupancyReport } from '../api/leasing-queries';

interface OccupancySummaryProps {
  asOf?: string;
  report?: OccupancyReport;
  onDateChange: (asOf: string | undefined) => void;
}

/** The chosen date and the occupancy on it, by rooms and by area. */
export function OccupancySummary({ asOf, report, onDateChange }: OccupancySummaryProps) {
  const { t } = useTranslation('leasing');
  return (
    <Paper withBorder p="md" radius="md">
      <Group gap="xl" align="flex-end" wrap="wrap">
        <DateField
          label={t('rooms.asOf')}
          value={asOf ?? report?.asOf ?? null}
          onChange={(v) => onDateChange(v ?? undefined)}
          w={200}
        />
        {report && (
          <>
            <Text fw={600}>
              {t('rooms.occupancy', {
                rate: report.rooms.rate ?? '—',
                occupied: report.rooms.occupied,
                total: report.rooms.total,
              })}
            </Text>
            <Text c="dimmed">
              {t('rooms.areaOccupancy', {
                rate: report.area.rate ?? '—',
                occupied: report.area.occupiedSqm,
                total: report.area.totalSqm,
              })}
            </Text>
          </>
        )}
      </Group>
    </Paper>
  );
}
