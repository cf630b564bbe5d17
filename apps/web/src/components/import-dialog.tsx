import { Alert, Button, FileInput, Group, Modal, Stack } from '@mantine/core';
import type { UseMutationResult } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { useReturnFocus } from './use-return-focus';
import { isApiError } from '@/lib/api/api-error';
import { errorMessage } from '@/lib/forms/api-errors';
import { ImportProblemsTable, rowProblemsOf, type RowProblem } from './import-problems-table';

/** What an import endpoint answers: a dry run counts the rows, a real run the records it wrote. */
export interface ImportResult {
  dryRun: boolean;
  rows: number;
  created: number;
}

export interface ImportDialogProps<R extends ImportResult> {
  opened?: boolean;
  onClose: () => void;
  title: ReactNode;
  /** The upload mutation: `{ file, dryRun }` to the import endpoint. */
  upload: UseMutationResult<R, Error, { file: File; dryRun: boolean }>;
  labels: {
    file: string;
    fileHint?: string;
    placeholder?: string;
    /** The dry-run button (「チェックする」) and the real one (「取り込む」). */
    check: string;
    run: string;
  };
  /** The sentences of the outcome: all rows fine, rows written, how many rows are wrong. */
  messages: {
    checked: (result: R) => string;
    imported: (result: R) => string;
    problems: (count: number) => string;
  };
  /** What the file must look like, above the file field. */
  children?: ReactNode;
}

/**
 * A CSV import: choose the file, check it first (a dry run), then import; every bad row is listed with its
 * line and column (nothing is written while any row is wrong).
 */
export function ImportDialog<R extends ImportResult>({
  opened = true,
  onClose,
  title,
  upload,
  labels,
  messages,
  children,
}: ImportDialogProps<R>) {
  const { t } = useTranslation(['common', 'errors']);
  useReturnFocus(opened);
  const [file, setFile] = useState<File | null>(null);
  const [problems, setProblems] = useState<RowProblem[]>([]);
  const [message, setMessage] = useState<{ color: string; text: string } | null>(null);
  const handleRun = (dryRun: boolean) => {
    if (!file) return;
    setProblems([]);
    setMessage(null);
    upload.mutate(
      { file, dryRun },
      {
        onSuccess: (r) => setMessage({ color: 'teal', text: r.dryRun ? messages.checked(r) : messages.imported(r) }),
        onError: (e) => {
          const rows = isApiError(e) ? rowProblemsOf(e.body) : [];
          setProblems(rows);
          setMessage({
            color: 'red',
            text:
              rows.length > 0
                ? messages.problems(rows.length)
                : errorMessage(t, isApiError(e) ? e.code : 'network', isApiError(e) ? e.message : ''),
          });
        },
      },
    );
  };
  return (
    <Modal opened={opened} onClose={onClose} title={title} size="xl">
      <Stack>
        {children}
        <FileInput
          label={labels.file}
          description={labels.fileHint}
          placeholder={labels.placeholder}
          accept=".csv,text/csv"
          value={file}
          onChange={setFile}
          clearable
          clearButtonProps={{ 'aria-label': t('common:actions.clear') }}
          styles={labels.placeholder ? { placeholder: { color: 'var(--mantine-color-gray-7)' } } : undefined}
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
            {labels.check}
          </Button>
          <Button disabled={!file} loading={upload.isPending} onClick={() => handleRun(false)}>
            {labels.run}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
