import { Alert, Button, Group, Modal, MultiSelect, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { STAFF_ROLES } from '@/lib/auth/roles';
import { applyApiError } from '@/lib/forms/api-errors';
import { inviteUserSchema, useInviteUser, type InviteUserInput } from '../api/user-mutations';

const FIELDS = ['email', 'name', 'roles'];

export function InviteUserDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(['settings', 'common', 'errors']);
  const { t: tErrors } = useTranslation('errors');
  const schema = useMemo(() => inviteUserSchema(tErrors), [tErrors]);
  const form = useForm<InviteUserInput>({
    mode: 'uncontrolled',
    initialValues: { email: '', name: '', roles: [] },
    validate: schemaResolver(schema, { sync: true }),
  });
  const [problem, setProblem] = useState<string | null>(null);
  const invite = useInviteUser();
  const handleSubmit = form.onSubmit(
    (values) => {
      setProblem(null);
      invite.mutate(values, {
        onSuccess: (user) => {
          notifications.show({ color: 'teal', message: t('settings:users.invited', { email: user.email }) });
          onClose();
        },
        onError: (error) => setProblem(applyApiError(t, error, form, FIELDS)),
      });
    },
    (errors) => form.getInputNode(Object.keys(errors)[0] ?? '')?.focus(),
  );
  return (
    <Modal opened onClose={onClose} title={t('settings:users.inviteTitle')}>
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
          <TextInput label={t('settings:users.name')} required key={form.key('name')} {...form.getInputProps('name')} />
          <TextInput
            type="email"
            label={t('settings:users.email')}
            required
            key={form.key('email')}
            {...form.getInputProps('email')}
          />
          <MultiSelect
            label={t('settings:users.roles')}
            required
            data={STAFF_ROLES.map((r) => ({ value: r, label: t(`common:roles.${r}`) }))}
            key={form.key('roles')}
            {...form.getInputProps('roles')}
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
            <Button type="submit" loading={invite.isPending}>
              {t('settings:users.inviteSubmit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
