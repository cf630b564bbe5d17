import { Alert, Anchor, Button, FileInput, Group, SimpleGrid, Stack, Text, TextInput } from '@mantine/core';
import { IconUpload } from '@tabler/icons-react';
import { useMutation, useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { saveBlob } from '@/lib/download/save-blob';
import { formatDate } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import { fetchAttachment, subsidyQueries, useUploadEvidence, type Attachment } from '../api/subsidy-queries';
import { ActionError } from './action-error';

/** The documents a tenant has handed in for a case, and the upload of another one. */
export function EvidenceFiles({ caseId }: { caseId: string }) {
  const { t, i18n } = useTranslation('portal');
  const lang = toLanguage(i18n.language);
  const files = useQuery(subsidyQueries.files(caseId));
  const upload = useUploadEvidence(caseId);
  const download = useMutation({
    mutationFn: async (a: Attachment) => saveBlob(await fetchAttachment(caseId, a.id), a.filename),
  });
  const [purpose, setPurpose] = useState('');
  const [file, setFile] = useState<File | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const handleUpload = () => {
    if (!file || !purpose.trim()) return;
    setDone(null);
    upload.mutate(
      { purpose: purpose.trim(), file },
      {
        onSuccess: (a) => {
          setDone(a.filename);
          setFile(null);
          setPurpose('');
        },
      },
    );
  };
  return (
    <Stack gap="xs">
      <Text fw={700} size="sm">
        {t('subsidies.files')}
      </Text>
      {files.isSuccess && files.data.length === 0 && (
        <Text size="sm" c="dimmed">
          {t('subsidies.noFiles')}
        </Text>
      )}
      {(files.data ?? []).map((a) => (
        <Group key={a.id} gap="xs" wrap="wrap">
          <Anchor
            component="button"
            type="button"
            size="sm"
            onClick={() => download.mutate(a)}
            aria-label={t('subsidies.download', { name: a.filename })}
          >
            {a.filename}
          </Anchor>
          <Text size="xs" c="dimmed">
            {a.purpose}・{formatDate(a.createdAt, lang)}
          </Text>
        </Group>
      ))}
      <ActionError error={download.error} />
      <SimpleGrid cols={{ base: 1, sm: 3 }} spacing="sm" style={{ alignItems: 'end' }}>
        <TextInput
          label={t('subsidies.purpose')}
          placeholder={t('subsidies.purposeHint')}
          value={purpose}
          onChange={(e) => setPurpose(e.currentTarget.value)}
        />
        <FileInput label={t('subsidies.file')} value={file} onChange={setFile} clearable maw={260} />
        <Button
          leftSection={<IconUpload size={16} aria-hidden />}
          onClick={handleUpload}
          loading={upload.isPending}
          disabled={!file || !purpose.trim()}
        >
          {t('subsidies.upload')}
        </Button>
      </SimpleGrid>
      <ActionError error={upload.error} />
      {done && (
        <Alert color="teal" role="status">
          {t('subsidies.uploaded', { name: done })}
        </Alert>
      )}
    </Stack>
  );
}
