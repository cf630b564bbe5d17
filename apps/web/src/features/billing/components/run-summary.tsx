import { Group, Paper, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { formatYen } from '@/lib/format';
import type { BillingRun } from '../api/billing-run-queries';
import { isRunActive } from '../api/billing-run-queries';
import { RunProgress } from './run-progress';
import { RunStatusBadge } from './run-status-badge';

interface RunSummaryProps {
  run: BillingRun;
}

function Figure({ label, value }: { label: string; value: string }) {
  return (
    <div>
      <Text size="xs" c="dimmed">
        {label}
      </Text>
      <Text fw={700} size="xl">
        {value}
      </Text>
    </div>
  );
}

/** The run's figures and state; a progress bar while its job runs. */
export function RunSummary({ run }: RunSummaryProps) {
  const { t } = useTranslation('billing');
  return (
    <Paper withBorder p="md" radius="md">
      <Stack gap="md">
        <Group gap="sm">
          <Text fw={700}>{t('run.heading', { period: run.period })}</Text>
          <RunStatusBadge status={run.status} />
          {run.supplementary && <Text size="sm">{t('run.supplementary')}</Text>}
        </Group>
        {isRunActive(run) && <RunProgress run={run} />}
        {run.status === 'failed' && run.error && (
          <Text c="red" size="sm" role="alert">
            {t('run.failed', { error: run.error })}
          </Text>
        )}
        <SimpleGrid cols={{ base: 2, md: 4 }}>
          <Figure label={t('run.invoiceCount')} value={t('run.count', { count: run.invoiceCount })} />
          <Figure label={t('run.subtotal')} value={formatYen(run.subtotal)} />
          <Figure label={t('run.tax')} value={formatYen(run.tax)} />
          <Figure label={t('run.total')} value={formatYen(run.total)} />
        </SimpleGrid>
      </Stack>
    </Paper>
  );
}
