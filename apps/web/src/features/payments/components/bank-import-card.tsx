import { Alert, Button, FileInput, Group, Paper, Text } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api/api-error';
import { errorMessage } from '@/lib/forms/api-errors';
import { useImportBankFile } from '../api/bank-queries';

/** Uploads the bank's statement; the result says how many credits were applied and how many wait for a person. */
export function BankImportCard() {
  const { t } = useTranslation(['payments', 'common', 'errors']);
  const [file, setFile] = useState<File | null>(null);
  const upload = useImportBankFile();
  const handleUpload = () => file && upload.mutate(file, { onSuccess: () => setFile(null) });
  const result = upload.data;
  const failure = upload.error;
  return (
    <Paper withBorder p="md" radius="md">
      <Group align="flex-end">
        <FileInput
          label={t('payments:bank.file')}
          description={t('payments:bank.fileHint')}
          placeholder={t('payments:bank.choose')}
          value={file}
          onChange={setFile}
          accept=".txt,.csv,.dat,text/plain,text/csv"
          clearable
          clearButtonProps={{ 'aria-label': t('common:actions.clear') }}
          w={360}
          // The default placeholder grey is too faint to read (axe color-contrast).
          styles={{ placeholder: { color: 'var(--mantine-color-gray-7)' } }}
        />
        <Button
          leftSection={<IconUpload size={16} aria-hidden />}
          onClick={handleUpload}
          disabled={!file}
          loading={upload.isPending}
        >
          {t('payments:bank.upload')}
        </Button>
      </Group>
      {result && (
        <Alert color={result.duplicate ? 'yellow' : 'teal'} mt="md" role="status">
          <Text size="sm">
            {result.duplicate
              ? t('payments:bank.duplicate')
              : t('payments:bank.result', {
                  credits: result.creditCount,
                  applied: result.appliedCount,
                  unmatched: result.creditCount - result.appliedCount,
                  reversals: result.reversalRecords.length,
                })}
          </Text>
        </Alert>
      )}
      {failure && (
        <Alert color="red" mt="md" role="alert">
          {isApiError(failure) && failure.fieldErrors.file
            ? failure.fieldErrors.file.message
            : errorMessage(t, isApiError(failure) ? failure.code : 'network', failure.message)}
        </Alert>
      )}
    </Paper>
  );
}
