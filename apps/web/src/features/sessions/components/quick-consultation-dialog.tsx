import { Alert, Button, Group, Modal, NumberInput, Select, Stack, Textarea } from '@mantine/core';
import { notify } from '@/lib/notify';
import { useState } from 'react';
import i18n from 'i18next';
import { useTranslation } from 'react-i18next';
import { TenantSelect } from '@/components/form/tenant-select';
import { applyApiError } from '@/lib/forms/api-errors';
import { CHANNELS, SESSION_TOPICS, useCreateSession, type SessionTopic } from '../api/session-queries';

type Channel = (typeof CHANNELS)[number];

/** 簡易相談を記録: a phone call or walk-in, logged in a few keystrokes (it ends now and lasted N minutes). */
export function QuickConsultationDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(['sessions', 'common', 'errors']);
  const [tenantId, setTenantId] = useState<string | null>(null);
  const [channel, setChannel] = useState<Channel>('phone');
  const [topic, setTopic] = useState<SessionTopic>('management');
  const [minutes, setMinutes] = useState<number | string>(15);
  const [notes, setNotes] = useState('');
  const [summary, setSummary] = useState('');
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const create = useCreateSession();
  const handleSubmit = (e: React.FormEvent) => {
    e.preventDefault();
    if (!tenantId) {
      setErrors({ tenantId: t('sessions:quick.tenantRequired') });
      return;
    }
    setErrors({});
    setProblem(null);
    const spent = Math.max(1, Number(minutes) || 1);
    const endsAt = new Date();
    const startsAt = new Date(endsAt.getTime() - spent * 60_000);
    const form = { setFieldError: (path: string, msg: string) => setErrors((p) => ({ ...p, [path]: msg })) };
    create.mutate(
      {
        kind: 'consultation',
        tenantId,
        channel,
        topic,
        startsAt: startsAt.toISOString(),
        endsAt: endsAt.toISOString(),
        minutesSpent: spent,
        notes: notes || undefined,
        summary: summary || undefined,
      },
      {
        onSuccess: () => {
          notify('teal', t('sessions:quick.done'));
          onClose();
        },
        onError: (error) => setProblem(applyApiError(t, error, form, ['tenantId', 'channel', 'topic', 'minutesSpent'])),
      },
    );
  };
  return (
    <Modal
      opened
      onClose={onClose}
      closeButtonProps={{ 'aria-label': i18n.t('common:actions.close') }}
      title={t('sessions:quick.title')}
      size="lg"
    >
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
          <TenantSelect
            label={t('sessions:quick.tenant')}
            required
            value={tenantId}
            onChange={setTenantId}
            error={errors.tenantId}
            data-autofocus
          />
          <Group grow>
            <Select
              label={t('sessions:quick.channel')}
              allowDeselect={false}
              value={channel}
              onChange={(v) => v && setChannel(v as Channel)}
              data={CHANNELS.map((c) => ({ value: c, label: t(`sessions:channel.${c}`) }))}
            />
            <Select
              label={t('sessions:quick.topic')}
              allowDeselect={false}
              value={topic}
              onChange={(v) => v && setTopic(v as SessionTopic)}
              data={SESSION_TOPICS.map((c) => ({ value: c, label: t(`sessions:topic.${c}`) }))}
            />
            <NumberInput
              label={t('sessions:quick.minutes')}
              min={1}
              allowDecimal={false}
              value={minutes}
              onChange={setMinutes}
              error={errors.minutesSpent}
            />
          </Group>
          <Textarea
            label={t('sessions:detail.summary')}
            autosize
            minRows={2}
            value={summary}
            onChange={(e) => setSummary(e.currentTarget.value)}
          />
          <Textarea
            label={t('sessions:detail.notes')}
            description={t('sessions:detail.notesHint')}
            autosize
            minRows={2}
            value={notes}
            onChange={(e) => setNotes(e.currentTarget.value)}
          />
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('sessions:quick.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
