import { Alert, Button, Group, Paper, Select, Text, Title } from '@mantine/core';
import { IconDownload } from '@tabler/icons-react';
import { useMutation } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MonthField } from '@/components/month-field';
import { isApiError } from '@/lib/api/api-error';
import { errorMessage } from '@/lib/forms/api-errors';
import { exportJournal, type JournalFormat } from '../api/export-journal';

interface AccountingExportCardProps {
  defaultPeriod: string;
}

/** The month's journal for the accountant's software: 弥生会計 import or the generic CSV. */
export function AccountingExportCard({ defaultPeriod }: AccountingExportCardProps) {
  const { t } = useTranslation(['payments', 'errors']);
  const [period, setPeriod] = useState(defaultPeriod);
  const [format, setFormat] = useState<JournalFormat>('yayoi');
  const download = useMutation({ mutationFn: () => exportJournal(period, format) });
  return (
    <Paper withBorder p="md" radius="md">
      <Title order={2} size="h4" mb={4}>
        {t('payments:export.title')}
      </Title>
      <Text size="sm" c="dimmed" mb="sm">
        {t('payments:export.explain')}
      </Text>
      <Group align="flex-end">
        <MonthField
          label={t('payments:export.period')}
          value={period}
          onChange={(v) => setPeriod(v ?? '')}
          clearable={false}
          w={180}
        />
        <Select
          label={t('payments:export.format')}
          allowDeselect={false}
          value={format}
          onChange={(v) => setFormat((v ?? 'yayoi') as JournalFormat)}
          data={[
            { value: 'yayoi', label: t('payments:export.yayoi') },
            { value: 'generic', label: t('payments:export.generic') },
          ]}
          w={240}
        />
        <Button
          leftSection={<IconDownload size={16} aria-hidden />}
          onClick={() => download.mutate()}
          loading={download.isPending}
          disabled={!period}
        >
          {t('payments:export.download')}
        </Button>
      </Group>
      {download.error && (
        <Alert color="red" role="alert" mt="md">
          {errorMessage(t, isApiError(download.error) ? download.error.code : 'network', download.error.message)}
        </Alert>
      )}
    </Paper>
  );
}
