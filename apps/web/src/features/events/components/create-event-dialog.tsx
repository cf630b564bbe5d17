import { Group, MultiSelect, NumberInput, Select, Switch, TextInput, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/date-field';
import { FormDialog } from '@/components/form-dialog';
import { notify } from '@/lib/notify';
import { EVENT_KINDS, tokyoInstant, useCreateEvent, type EventKind } from '../api/event-queries';

interface Values {
  kind: EventKind;
  title: string;
  description: string;
  date: string | null;
  start: string;
  end: string;
  venue: string;
  capacity: number | string;
  waitlistEnabled: boolean;
  coHostIds: string[];
}

const FIELDS = ['title', 'startsAt', 'endsAt', 'capacity', 'venue', 'coHostIds'];
/** The API's instants are the form's day and times. */
const ALIASES = { startsAt: 'date', endsAt: 'end' };

interface CreateEventDialogProps {
  organizations: { id: string; name: string }[];
  onClose: () => void;
}

/** イベントを作成: a forum, seminar or exhibition, with co-hosting partner organisations and a capacity. */
export function CreateEventDialog({ organizations, onClose }: CreateEventDialogProps) {
  const { t } = useTranslation(['events', 'common', 'errors']);
  const required = (x: string | null) => (x && x.trim() ? null : t('events:create.required'));
  const form = useForm<Values>({
    mode: 'controlled',
    initialValues: {
      kind: 'seminar',
      title: '',
      description: '',
      date: null,
      start: '10:00',
      end: '16:00',
      venue: '',
      capacity: '',
      waitlistEnabled: true,
      coHostIds: [],
    },
    validate: { title: required, date: required },
  });
  const create = useCreateEvent();
  const handleSubmit = async (v: Values) => {
    await create.mutateAsync({
      kind: v.kind,
      title: v.title,
      description: v.description || undefined,
      startsAt: tokyoInstant(v.date!, v.start),
      endsAt: tokyoInstant(v.date!, v.end),
      venue: v.venue || undefined,
      capacity: v.capacity === '' ? undefined : Number(v.capacity),
      waitlistEnabled: v.waitlistEnabled,
      coHostIds: v.coHostIds,
    });
    notify('teal', t('events:create.done'));
    onClose();
  };
  return (
    <FormDialog
      onClose={onClose}
      title={t('events:create.title')}
      size="lg"
      form={form}
      fields={FIELDS}
      fieldAliases={ALIASES}
      onSubmit={handleSubmit}
      submitLabel={t('events:create.submit')}
    >
      <Group grow>
        <TextInput label={t('events:field.title')} required {...form.getInputProps('title')} />
        <Select
          label={t('events:field.kind')}
          allowDeselect={false}
          data={EVENT_KINDS.map((k) => ({ value: k, label: t(`events:kind.${k}`) }))}
          {...form.getInputProps('kind')}
        />
      </Group>
      <Group grow align="flex-start">
        <DateField label={t('events:field.date')} required {...form.getInputProps('date')} />
        <TextInput type="time" label={t('events:field.start')} {...form.getInputProps('start')} />
        <TextInput type="time" label={t('events:field.end')} {...form.getInputProps('end')} />
      </Group>
      <Group grow align="flex-start">
        <TextInput label={t('events:field.venue')} {...form.getInputProps('venue')} />
        <NumberInput
          label={t('events:field.capacity')}
          description={t('events:field.capacityHint')}
          min={1}
          allowDecimal={false}
          {...form.getInputProps('capacity')}
        />
      </Group>
      <MultiSelect
        label={t('events:field.coHosts')}
        searchable
        data={organizations.map((o) => ({ value: o.id, label: o.name }))}
        {...form.getInputProps('coHostIds')}
      />
      <Textarea label={t('events:field.description')} autosize minRows={2} {...form.getInputProps('description')} />
      <Switch label={t('events:field.waitlist')} {...form.getInputProps('waitlistEnabled', { type: 'checkbox' })} />
    </FormDialog>
  );
}
