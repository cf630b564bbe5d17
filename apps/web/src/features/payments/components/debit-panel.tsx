import { Divider, Loader, Stack } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { debitQueries, settingsComplete } from '../api/debit-queries';
import { DebitBatchesCard } from './debit-batches-card';
import { DebitSettingsCard } from './debit-settings-card';
import { MandatesTable } from './mandates-table';

/** 口座振替: the consignor settings, the tenants' mandates, and the monthly request and result files. */
export function DebitPanel({ canWrite }: { canWrite: boolean }) {
  const settings = useQuery(debitQueries.settings());
  if (!settings.data) return <Loader size="sm" />;
  return (
    <Stack gap="lg">
      <DebitSettingsCard settings={settings.data} canWrite={canWrite} />
      <DebitBatchesCard canWrite={canWrite} ready={settingsComplete(settings.data)} />
      <Divider />
      <MandatesTable canWrite={canWrite} />
    </Stack>
  );
}
