import { Alert, Button, FileInput, Group, Modal, Stack, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImportProblemsTable, rowProblemsOf, type RowProblem } from '@/components/import-problems-table';
import { isApiError } from '@/lib/api/api-error';
import { errorMessage } from '@/lib/forms/api-errors';
import { useImportMeterReadings } from '../api/meter-queries';

/** Check first (dry run), then import; every bad row is listed with its line and column. */
export function ImportMetersDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(['billing', 'common', 'errors']);
  const [file, setFile] = useState<File | null>(null);
  const [problems, setProblems] = useState<RowProblem[]>([]);
  const [message, setMessage] = useState<{ color: string; text: string } | null>(null);
  const upload = useImportMeterReadings();
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
            text: r.dryRun
              ? t('billing:meters.checked', { rows: r.rows })
              : t('billing:meters.imported', { created: r.created }),
          }),
        onError: (e) => {
          const rows = isApiError(e) ? rowProblemsOf(e.body) : [];
          setProblems(rows);
          setMessage({
            color: 'red',
            text:
              rows.length > 0
                ? t('billing:meters.problems', { count: rows.length })
                : errorMessage(t, isApiError(e) ? e.code : 'network', isApiError(e) ? e.message : ''),
          });
        },
      },
    );
  };
  return (
    <Modal opened onClose={onClose} title={t('billing:meters.importTitle')} size="xl">
      <Stack>
        <Text size="sm">{t('billing:meters.importExplain')}</Text>
        <Text size="sm" ff="monospace" bg="gray.0" p="xs">
          居室コード,種別,検針日,指示数,メーター交換,旧メーター最終指示数,新メーター初期指示数
        </Text>
        <FileInput
          label={t('billing:meters.file')}
          description={t('billing:meters.fileHint')}
          placeholder={t('billing:meters.choose')}
          accept=".csv,text/csv"
          value={file}
          onChange={setFile}
          clearable
          clearButtonProps={{ 'aria-label': t('common:actions.clear') }}
          styles={{ placeholder: { color: 'var(--mantine-color-gray-7)' } }}
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
            {t('billing:meters.check')}
          </Button>
          <Button disabled={!file} loading={upload.isPending} onClick={() => handleRun(false)}>
            {t('billing:meters.run')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
