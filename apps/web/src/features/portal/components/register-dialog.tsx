import { Button, Modal, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useTranslation } from 'react-i18next';
import { useRegisterForEvent, type PortalEvent, type PortalRegistration } from '../api/event-queries';
import { ActionError } from './action-error';

interface RegisterDialogProps {
  event: PortalEvent;
  /** the account's name and email, filled in */
  name: string;
  email: string;
  onClose: () => void;
  onDone: (r: PortalRegistration | { status: string }) => void;
}

export function RegisterDialog({ event, name, email, onClose, onDone }: RegisterDialogProps) {
  const { t } = useTranslation('portal');
  const register = useRegisterForEvent();
  const form = useForm({
    initialValues: { attendeeName: name, email },
    validate: {
      attendeeName: (v) => (v.trim() ? null : t('events.attendee')),
      email: (v) => (/^\S+@\S+$/.test(v) ? null : t('events.email')),
    },
  });
  const handleSubmit = form.onSubmit((v) =>
    register.mutate(
      { eventId: event.id, attendeeName: v.attendeeName.trim(), email: v.email.trim() },
      { onSuccess: onDone },
    ),
  );
  return (
    <Modal opened onClose={onClose} title={t('events.registerTitle', { title: event.title })}>
      <form onSubmit={handleSubmit} noValidate>
        <Stack gap="sm">
          <TextInput label={t('events.attendee')} required {...form.getInputProps('attendeeName')} />
          <TextInput label={t('events.email')} type="email" required {...form.getInputProps('email')} />
          <ActionError error={register.error} />
          <Button type="submit" loading={register.isPending}>
            {t('events.submit')}
          </Button>
        </Stack>
      </form>
    </Modal>
  );
}
