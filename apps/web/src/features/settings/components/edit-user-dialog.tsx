import { Button, Divider, Group, MultiSelect, Stack, Text } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '@/components/form-dialog';
import { isApiError } from '@/lib/api/api-error';
import { STAFF_ROLES } from '@/lib/auth/roles';
import { errorMessage } from '@/lib/forms/api-errors';
import { useDeactivateUser, useUpdateUserRoles, type StaffRole, type User } from '../api/user-mutations';

interface EditUserDialogProps {
  user: User;
  onClose: () => void;
}

/** Changes a staff member's roles, or deactivates the account (it stays on record for the audit log). */
export function EditUserDialog({ user, onClose }: EditUserDialogProps) {
  const { t } = useTranslation(['settings', 'common', 'errors']);
  const form = useForm({
    mode: 'controlled',
    initialValues: { roles: user.roles as string[] },
    validate: { roles: (v) => (v.length > 0 ? null : t('errors:field.required')) },
  });
  const [deactivateProblem, setDeactivateProblem] = useState<string | null>(null);
  const update = useUpdateUserRoles();
  const deactivate = useDeactivateUser();
  const handleDone = (message: string) => {
    notifications.show({ color: 'teal', message });
    onClose();
  };
  const handleSave = async (v: typeof form.values) => {
    setDeactivateProblem(null);
    await update.mutateAsync({ id: user.id, roles: v.roles as StaffRole[] });
    handleDone(t('settings:users.saved'));
  };
  const handleDeactivate = () => {
    setDeactivateProblem(null);
    deactivate.mutate(user.id, {
      onSuccess: () => handleDone(t('settings:users.deactivated')),
      onError: (e) => setDeactivateProblem(errorMessage(t, isApiError(e) ? e.code : 'network', e.message)),
    });
  };
  return (
    <FormDialog
      onClose={onClose}
      title={t('settings:users.editTitle', { name: user.name })}
      form={form}
      fields={['roles']}
      onSubmit={handleSave}
      submitLabel={t('settings:users.saveRoles')}
      error={deactivateProblem}
      aside={
        user.status !== 'deactivated' && (
          <Stack mt="md">
            <Divider />
            <Group justify="space-between" wrap="nowrap">
              <Text size="sm">{t('settings:users.deactivateExplain')}</Text>
              {/* Its label whole: the sentence beside it wraps instead. */}
              <Button
                color="red"
                variant="light"
                style={{ flexShrink: 0 }}
                loading={deactivate.isPending}
                onClick={handleDeactivate}
              >
                {t('settings:users.deactivate')}
              </Button>
            </Group>
          </Stack>
        )
      }
    >
      <Text size="sm" c="dimmed">
        {user.email}
      </Text>
      <MultiSelect
        label={t('settings:users.roles')}
        required
        data={STAFF_ROLES.map((r) => ({ value: r, label: t(`common:roles.${r}`) }))}
        {...form.getInputProps('roles')}
      />
    </FormDialog>
  );
}
