import { Alert, Button, Group, List, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReturnFocus } from '@/components/use-return-focus';
import { isApiError } from '@/lib/api/api-error';
import { errorMessage } from '@/lib/forms/api-errors';
import { formatYen } from '@/lib/format';
import type { BillingRun } from '../api/billing-run-queries';
import { useIssueBillingRun } from '../api/issue-billing-run';
import { DateField } from '@/components/date-field';

interface IssueRunDialogProps {
  run: BillingRun;
  opened: boolean;
  onClose: () => void;
}

/** Issuing numbers every invoice for good: the dialog says how many and how much before it does. */
export function IssueRunDialog({ run, opened, onClose }: IssueRunDialogProps) {
  const { t } = useTranslation(['billing', 'common', 'errors']);
  useReturnFocus(opened);
  const [issueDate, setIssueDate] = useState('');
  const [problem, setProblem] = useState<{ message: string; missing: string[] } | null>(null);
  const issue = useIssueBillingRun();
  const handleIssue = () => {
    setProblem(null);
    issue.mutate(
      { run, issueDate: issueDate || undefined },
      {
        onSuccess: onClose,
        onError: (e) => {
          const missing = isApiError(e) && Array.isArray(e.body.missing) ? (e.body.missing as string[]) : [];
          const message = missing.length
            ? t('billing:issue.missing')
            : errorMessage(t, isApiError(e) ? e.code : 'network', e.message);
          setProblem({ message, missing });
        },
      },
    );
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('billing:issue.title', { period: run.period })}>
      <Stack>
        <Text>{t('billing:issue.confirm', { count: run.invoiceCount, total: formatYen(run.total) })}</Text>
        <Text size="sm" c="dimmed">
          {t('billing:issue.irreversible')}
        </Text>
        <DateField
          label={t('billing:issue.issueDate')}
          description={t('billing:issue.issueDateHint')}
          value={issueDate || null}
          onChange={(v) => setIssueDate((v as string | null) ?? '')}
        />
        {problem && (
          <Alert color="red" role="alert">
            {problem.message}
            {problem.missing.length > 0 && (
              <List size="sm" mt={4}>
                {problem.missing.map((f) => (
                  <List.Item key={f}>{t(`billing:run.warnings.${f}` as never)}</List.Item>
                ))}
              </List>
            )}
          </Alert>
        )}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.cancel')}
          </Button>
          <Button onClick={handleIssue} loading={issue.isPending}>
            {t('billing:issue.submit')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
