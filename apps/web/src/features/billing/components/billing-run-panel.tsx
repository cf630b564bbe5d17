import { Alert, Button, Group, Paper, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlayerPlay, IconSend } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api/api-error';
import { errorMessage } from '@/lib/forms/api-errors';
import { isRunActive, latestRun, runQueries } from '../api/billing-run-queries';
import { useStartBillingRun } from '../api/start-billing-run';
import { IssueRunDialog } from './issue-run-dialog';
import { RunDifferences } from './run-differences';
import { RunSummary } from './run-summary';
import { RunWarnings } from './run-warnings';
import { MonthField } from '@/components/month-field';

interface BillingRunPanelProps {
  period: string;
  canWrite: boolean;
  onPeriodChange: (period: string) => void;
}

/** Running a month: preview (a job), read the differences and the guard's warnings, then issue (a job). */
export function BillingRunPanel({ period, canWrite, onPeriodChange }: BillingRunPanelProps) {
  const { t } = useTranslation(['billing', 'errors']);
  const runs = useQuery(runQueries.forPeriod(period));
  const run = latestRun(runs.data?.items ?? []);
  const start = useStartBillingRun();
  const [problem, setProblem] = useState<string | null>(null);
  const [issuing, issueDialog] = useDisclosure();
  const handlePreview = () => {
    setProblem(null);
    start.mutate(
      { period },
      { onError: (e) => setProblem(errorMessage(t, isApiError(e) ? e.code : 'network', e.message)) },
    );
  };
  const canIssue = canWrite && run?.status === 'previewed' && run.warnings.length === 0 && run.invoiceCount > 0;
  return (
    <Stack gap="md">
      <Paper withBorder p="md" radius="md">
        <Group align="flex-end" gap="md">
          <MonthField
            label={t('run.period')}
            value={period}
            onChange={(v) => v && onPeriodChange(v)}
            clearable={false}
            w={200}
          />
          {canWrite && (
            <Button
              leftSection={<IconPlayerPlay size={16} aria-hidden />}
              onClick={handlePreview}
              loading={start.isPending}
              disabled={isRunActive(run) || run?.status === 'issued'}
              variant={run ? 'default' : 'filled'}
            >
              {run ? t('run.previewAgain') : t('run.preview')}
            </Button>
          )}
          {canWrite && run?.status === 'previewed' && (
            <Button leftSection={<IconSend size={16} aria-hidden />} onClick={issueDialog.open} disabled={!canIssue}>
              {t('run.issue')}
            </Button>
          )}
        </Group>
        {problem && (
          <Alert color="red" role="alert" mt="md">
            {problem}
          </Alert>
        )}
      </Paper>
      {!run && !runs.isPending && <Text c="dimmed">{t('run.none', { period })}</Text>}
      {run && <RunWarnings warnings={run.warnings} />}
      {run && <RunSummary run={run} />}
      {run && run.status !== 'previewing' && <RunDifferences differences={run.differences} />}
      {run && <IssueRunDialog run={run} opened={issuing} onClose={issueDialog.close} />}
    </Stack>
  );
}
