import { Alert, Button, FileInput, Group, Modal, Stack } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportProblemsTable, rowProblemsOf, type RowProblem } from '@/components/import-problems-table';
import { isApiError } from '@/lib/api/api-error';
import { errorMessage } from '@/lib/forms/api-errors';
import { useImportTenants } from '../api/import-tenants';

interface ImportTenantsDialogProps {
  opened: boolean;
  onClose: () => void;
}

/** Check first (dry run), then import; every bad row is listed with its line and column. */
export function ImportTenantsDialog({ opened, onClose }: ImportTenantsDialogProps) {
  const { t } = useTranslation(['tenants', 'common', 'errors']);
  const [file, setFile] = useState<File | null>(null);
  const [problems, setProblems] = useState<RowProblem[]>([]);
  const [message, setMessage] = useState<{ color: string; text: string } | null>(null);
  const upload = useImportTenants();
  const handleRun = (dryRun: boolean) => {
    if (!file) return;
    setProblems([]);
    setMessage(null);
    upload.mutate(
      { file, dryRun },
      {
        onSuccess: (r) =>
          setMessage({
            color: 'teal',
            text: r.dryRun ? t('import.checked', { rows: r.rows }) : t('import.done', { created: r.created }),
          }),
        onError: (e) => {
          const rows = isApiError(e) ? rowProblemsOf(e.body) : [];
          setProblems(rows);
          setMessage({
            color: 'red',
            text:
              rows.length > 0
                ? t('import.problems', { count: rows.length })
                : errorMessage(t, isApiError(e) ? e.code : 'network', isApiError(e) ? e.message : ''),
          });
        },
      },
    );
  };
  return (
    <Modal opened={opened} onClose={onClose} title={t('import.title')} size="xl">
      <Stack>
        <FileInput
          label={t('import.file')}
          description={t('import.fileHint')}
          accept=".csv,text/csv"
          value={file}
          onChange={setFile}
          clearable
          clearButtonProps={{ 'aria-label': t('common:actions.clear') }}
        />
        {message && (
          <Alert color={message.color} role={message.color === 'red' ? 'alert' : 'status'}>
            {message.text}
          </Alert>
        )}
        <ImportProblemsTable problems={problems} />
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.close')}
          </Button>
          <Button variant="default" disabled={!file} loading={upload.isPending} onClick={() => handleRun(true)}>
            {t('import.check')}
          </Button>
          <Button disabled={!file} loading={upload.isPending} onClick={() => handleRun(false)}>
            {t('import.run')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
