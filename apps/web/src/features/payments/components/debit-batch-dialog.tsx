import { Alert, Badge, Button, FileInput, Group, Modal, ScrollArea, Stack, Table, Text } from '@mantine/core';
import { IconDownload, IconUpload } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReturnFocus } from '@/components/use-return-focus';
import { isApiError } from '@/lib/api/api-error';
import { useTenantNames } from '@/lib/api/tenant-names';
import { formatDate, formatDateTime, formatYen } from '@/lib/format';
import { errorMessage } from '@/lib/forms/api-errors';
import { toLanguage } from '@/lib/i18n/i18n';
import { debitQueries, downloadDebitFile, useImportDebitResult, type DebitBatch } from '../api/debit-queries';

interface DebitBatchDialogProps {
  batch: DebitBatch;
  canWrite: boolean;
  onClose: () => void;
}

/** One request file: its debits, the file for the bank, and the bank's answer once imported. */
export function DebitBatchDialog({ batch, canWrite, onClose }: DebitBatchDialogProps) {
  const { t, i18n } = useTranslation(['payments', 'common', 'errors']);
  useReturnFocus();
  const lang = toLanguage(i18n.language);
  const detail = useQuery(debitQueries.batch(batch.id));
  const tenantName = useTenantNames();
  const [file, setFile] = useState<File | null>(null);
  const upload = useImportDebitResult(batch.id);
  const download = useMutation({ mutationFn: () => downloadDebitFile(batch) });
  const data = detail.data;
  const items = data?.items ?? [];
  const debited = items.filter((i) => i.resultCode === '0');
  const failed = items.filter((i) => i.resultCode !== null && i.resultCode !== '0');
  const failure = upload.error ?? download.error;
  return (
    <Modal
      opened
      onClose={onClose}
      size="xl"
      title={t('payments:debit.batchTitle', { date: formatDate(batch.debitDate, lang) })}
    >
      <Stack>
        <Text size="sm">
          {t('payments:debit.batchSummary', {
            file: batch.fileName,
            count: batch.itemCount,
            total: formatYen(batch.totalAmount),
          })}
        </Text>
        {data?.resultImportedAt ? (
          <Alert color={failed.length > 0 ? 'yellow' : 'teal'} role="status">
            {t('payments:debit.outcome', {
              at: formatDateTime(data.resultImportedAt, lang),
              debited: debited.length,
              debitedTotal: formatYen(debited.reduce((s, i) => s + i.amount, 0)),
              failed: failed.length,
            })}
          </Alert>
        ) : (
          canWrite && (
            <Group align="flex-end">
              <Button
                variant="default"
                leftSection={<IconDownload size={16} aria-hidden />}
                onClick={() => download.mutate()}
                loading={download.isPending}
              >
                {t('payments:debit.download')}
              </Button>
              <FileInput
                label={t('payments:debit.resultFile')}
                description={t('payments:debit.resultHint')}
                placeholder={t('payments:bank.choose')}
                value={file}
                onChange={setFile}
                clearable
                clearButtonProps={{ 'aria-label': t('common:actions.clear') }}
                w={300}
                styles={{ placeholder: { color: 'var(--mantine-color-gray-7)' } }}
              />
              <Button
                leftSection={<IconUpload size={16} aria-hidden />}
                disabled={!file}
                loading={upload.isPending}
                onClick={() => file && upload.mutate(file, { onSuccess: () => setFile(null) })}
              >
                {t('payments:debit.importResult')}
              </Button>
            </Group>
          )
        )}
        {failure && (
          <Alert color="red" role="alert">
            {isApiError(failure) && failure.fieldErrors.file
              ? failure.fieldErrors.file.message
              : errorMessage(t, isApiError(failure) ? failure.code : 'network', failure.message)}
          </Alert>
        )}
        <ScrollArea.Autosize mah={420}>
          <Table striped withTableBorder>
            <caption className="visually-hidden">{t('payments:debit.items')}</caption>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('payments:debit.tenant')}</Table.Th>
                <Table.Th>{t('payments:debit.customerNumber')}</Table.Th>
                <Table.Th ta="right">{t('payments:bank.columns.amount')}</Table.Th>
                <Table.Th>{t('payments:debit.result')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {items.map((i) => (
                <Table.Tr key={i.id}>
                  <Table.Td>{tenantName(i.tenantId)}</Table.Td>
                  <Table.Td>{i.customerNumber}</Table.Td>
                  <Table.Td ta="right">{formatYen(i.amount)}</Table.Td>
                  <Table.Td>
                    {i.resultCode === null ? (
                      <Text size="sm" c="dimmed">
                        {t('payments:debit.waiting')}
                      </Text>
                    ) : (
                      <Badge variant="filled" autoContrast color={i.resultCode === '0' ? 'teal' : 'red'}>
                        {t(`payments:debit.codes.${i.resultCode}` as never, {
                          defaultValue: i.resultLabel ?? i.resultCode,
                        })}
                      </Badge>
                    )}
                  </Table.Td>
                </Table.Tr>
              ))}
              {items.length === 0 && (
                <Table.Tr>
                  <Table.Td colSpan={4}>
                    <Text c="dimmed" ta="center" size="sm">
                      {detail.isLoading ? t('common:states.loading') : t('payments:debit.noItems')}
                    </Text>
                  </Table.Td>
                </Table.Tr>
              )}
            </Table.Tbody>
          </Table>
        </ScrollArea.Autosize>
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:actions.close')}
          </Button>
        </Group>
      </Stack>
    </Modal>
  );
}
