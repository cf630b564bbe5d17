import {
  Alert,
  Button,
  Group,
  Modal,
  MultiSelect,
  NumberInput,
  Select,
  Stack,
  Switch,
  TextInput,
  Textarea,
} from '@mantine/core';
import i18n from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/date-field';
import { applyApiError } from '@/lib/forms/api-errors';
import { notify } from '@/lib/notify';
import { EVENT_KINDS, tokyoInstant, useCreateEvent, type EventKind } from '../api/event-queries';

interface CreateEventDialogProps {
  organizations: { id: string; name: string }[];
  onClose: () => void;
}

/** イベントを作成: a forum, seminar or exhibition, with co-hosting partner organisations and a capacity. */
export function CreateEventDialog({ organizations, onClose }: CreateEventDialogProps) {
  const { t } = useTranslation(['events', 'common', 'errors']);
  const [v, setV] = useState({
    kind: 'seminar' as EventKind,
    title: '',
    description: '',
    date: null as string | null,
    start: '10:00',
    end: '16:00',
    venue: '',
    capacity: '' as number | string,
    waitlistEnabled: true,
    coHostIds: [] as string[],
  });
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [problem, setProblem] = useState<string | null>(null);
  const create = useCreateEvent();
  const set = (patch: Partial<typeof v>) => setV((p) => ({ ...p, ...patch }));
  const handleSubmit = (e: React.FormEvent) => {
    e.preventDefault();
    const missing: Record<string, string> = {};
    if (!v.title.trim()) missing.title = t('events:create.required');
    if (!v.date) missing.startsAt = t('events:create.required');
    setErrors(missing);
    if (Object.keys(missing).length > 0) return;
    setProblem(null);
    const form = { setFieldError: (path: string, msg: string) => setErrors((p) => ({ ...p, [path]: msg })) };
    create.mutate(
      {
        kind: v.kind,
        title: v.title,
        description: v.description || undefined,
        startsAt: tokyoInstant(v.date!, v.start),
        endsAt: tokyoInstant(v.date!, v.end),
        venue: v.venue || undefined,
        capacity: v.capacity === '' ? undefined : Number(v.capacity),
        waitlistEnabled: v.waitlistEnabled,
        coHostIds: v.coHostIds,
      },
      {
        onSuccess: () => {
          notify('teal', t('events:create.done'));
          onClose();
        },
        onError: (error) =>
          setProblem(applyApiError(t, error, form, ['title', 'startsAt', 'endsAt', 'capacity', 'venue', 'coHostIds'])),
      },
    );
  };
  return (
    <Modal
      opened
      onClose={onClose}
      closeButtonProps={{ 'aria-label': i18n.t('common:actions.close') }}
      title={t('events:create.title')}
      size="lg"
    >
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
          <Group grow>
            <TextInput
              label={t('events:field.title')}
              required
              value={v.title}
              onChange={(e) => set({ title: e.currentTarget.value })}
              error={errors.title}
            />
            <Select
              label={t('events:field.kind')}
              allowDeselect={false}
              value={v.kind}
              onChange={(x) => x && set({ kind: x as EventKind })}
              data={EVENT_KINDS.map((k) => ({ value: k, label: t(`events:kind.${k}`) }))}
            />
          </Group>
          <Group grow align="flex-start">
            <DateField
              label={t('events:field.date')}
              required
              value={v.date}
              onChange={(x) => set({ date: x })}
              error={errors.startsAt}
            />
            <TextInput
              type="time"
              label={t('events:field.start')}
              value={v.start}
              onChange={(e) => set({ start: e.currentTarget.value })}
            />
            <TextInput
              type="time"
              label={t('events:field.end')}
              value={v.end}
              onChange={(e) => set({ end: e.currentTarget.value })}
              error={errors.endsAt}
            />
          </Group>
          <Group grow align="flex-start">
            <TextInput
              label={t('events:field.venue')}
              value={v.venue}
              onChange={(e) => set({ venue: e.currentTarget.value })}
            />
            <NumberInput
              label={t('events:field.capacity')}
              description={t('events:field.capacityHint')}
              min={1}
              allowDecimal={false}
              value={v.capacity}
              onChange={(x) => set({ capacity: x })}
              error={errors.capacity}
            />
          </Group>
          <MultiSelect
            label={t('events:field.coHosts')}
            searchable
            value={v.coHostIds}
            onChange={(x) => set({ coHostIds: x })}
            data={organizations.map((o) => ({ value: o.id, label: o.name }))}
          />
          <Textarea
            label={t('events:field.description')}
            autosize
            minRows={2}
            value={v.description}
            onChange={(e) => set({ description: e.currentTarget.value })}
          />
          <Switch
            label={t('events:field.waitlist')}
            checked={v.waitlistEnabled}
            onChange={(e) => set({ waitlistEnabled: e.currentTarget.checked })}
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
              {t('events:create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
