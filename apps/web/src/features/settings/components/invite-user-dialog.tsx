import { MultiSelect, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { STAFF_ROLES } from '@/lib/auth/roles';
import { FormDialog } from '@/components/form-dialog';
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
  const invite = useInviteUser();
  const handleSubmit = async (values: InviteUserInput) => {
    const user = await invite.mutateAsync(values);
    notifications.show({ color: 'teal', message: t('settings:users.invited', { email: user.email }) });
    onClose();
  };
  return (
    <FormDialog
      onClose={onClose}
      title={t('settings:users.inviteTitle')}
      form={form}
      fields={FIELDS}
      onSubmit={handleSubmit}
      submitLabel={t('settings:users.inviteSubmit')}
    >
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
    </FormDialog>
  );
}
