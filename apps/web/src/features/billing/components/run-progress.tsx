import { Group, Progress, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BillingRun } from '../api/billing-run-queries';

interface RunProgressProps {
  run: BillingRun;
}

/** The job's progress as the API reports it: previewing, then issuing N of M invoices. */
export function RunProgress({ run }: RunProgressProps) {
  const { t } = useTranslation('billing');
  const label =
    run.status === 'issuing'
      ? t('run.progress.issuing', { done: run.issuedCount, total: run.invoiceCount })
      : t('run.progress.previewing');
  return (
    <div>
      <Group justify="space-between" mb={4}>
        <Text size="sm" fw={600} id={`run-progress-${run.id}`}>
          {label}
        </Text>
        <Text size="sm" c="dimmed">
          {run.progress}%
        </Text>
      </Group>
      <Progress.Root size="lg">
        <Progress.Section value={run.progress} striped animated aria-labelledby={`run-progress-${run.id}`} />
      </Progress.Root>
    </div>
  );
}
