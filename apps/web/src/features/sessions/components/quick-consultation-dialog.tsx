import { Group, NumberInput, Select, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '@/components/form-dialog';
import { TenantSelect } from '@/components/form/tenant-select';
import { notify } from '@/lib/notify';
import { CHANNELS, SESSION_TOPICS, useCreateSession, type SessionTopic } from '../api/session-queries';

type Channel = (typeof CHANNELS)[number];

const FIELDS = ['tenantId', 'channel', 'topic', 'minutesSpent', 'summary', 'notes'];

/** 簡易相談を記録: a phone call or walk-in, logged in a few keystrokes (it ends now and lasted N minutes). */
export function QuickConsultationDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(['sessions', 'common', 'errors']);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: {
      tenantId: null as string | null,
      channel: 'phone' as Channel,
      topic: 'management' as SessionTopic,
      minutesSpent: 15 as number | string,
      summary: '',
      notes: '',
    },
    validate: { tenantId: (v) => (v ? null : t('sessions:quick.tenantRequired')) },
  });
  const create = useCreateSession();
  const handleSubmit = async (v: typeof form.values) => {
    const spent = Math.max(1, Number(v.minutesSpent) || 1);
    const endsAt = new Date();
    const startsAt = new Date(endsAt.getTime() - spent * 60_000);
    await create.mutateAsync({
      kind: 'consultation',
      tenantId: v.tenantId!,
      channel: v.channel,
      topic: v.topic,
      startsAt: startsAt.toISOString(),
      endsAt: endsAt.toISOString(),
      minutesSpent: spent,
      notes: v.notes || undefined,
      summary: v.summary || undefined,
    });
    notify('teal', t('sessions:quick.done'));
    onClose();
  };
  return (
    <FormDialog
      onClose={onClose}
      title={t('sessions:quick.title')}
      size="lg"
      form={form}
      fields={FIELDS}
      onSubmit={handleSubmit}
      submitLabel={t('sessions:quick.submit')}
    >
      <TenantSelect
        label={t('sessions:quick.tenant')}
        required
        data-autofocus
        key={form.key('tenantId')}
        {...form.getInputProps('tenantId')}
      />
      <Group grow align="flex-start">
        <Select
          label={t('sessions:quick.channel')}
          allowDeselect={false}
          data={CHANNELS.map((c) => ({ value: c, label: t(`sessions:channel.${c}`) }))}
          key={form.key('channel')}
          {...form.getInputProps('channel')}
        />
        <Select
          label={t('sessions:quick.topic')}
          allowDeselect={false}
          data={SESSION_TOPICS.map((c) => ({ value: c, label: t(`sessions:topic.${c}`) }))}
          key={form.key('topic')}
          {...form.getInputProps('topic')}
        />
        <NumberInput
          label={t('sessions:quick.minutes')}
          min={1}
          allowDecimal={false}
          key={form.key('minutesSpent')}
          {...form.getInputProps('minutesSpent')}
        />
      </Group>
      <Textarea
        label={t('sessions:detail.summary')}
        autosize
        minRows={2}
        key={form.key('summary')}
        {...form.getInputProps('summary')}
      />
      <Textarea
        label={t('sessions:detail.notes')}
        description={t('sessions:detail.notesHint')}
        autosize
        minRows={2}
        key={form.key('notes')}
        {...form.getInputProps('notes')}
      />
    </FormDialog>
  );
}
