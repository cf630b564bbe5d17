import { Alert, Button, Divider, Group, Modal, MultiSelect, Stack, Text } from '@mantine/core';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReturnFocus } from '@/components/use-return-focus';
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
  useReturnFocus();
  const [roles, setRoles] = useState<string[]>(user.roles);
  const [problem, setProblem] = useState<string | null>(null);
  const update = useUpdateUserRoles();
  const deactivate = useDeactivateUser();
  const handleError = (e: Error) => setProblem(errorMessage(t, isApiError(e) ? e.code : 'network', e.message));
  const handleDone = (message: string) => {
    notifications.show({ color: 'teal', message });
    onClose();
  };
  const handleSave = () => {
    if (roles.length === 0) return setProblem(t('errors:field.required'));
    update.mutate(
      { id: user.id, roles: roles as StaffRole[] },
      { onSuccess: () => handleDone(t('settings:users.saved')), onError: handleError },
    );
  };
  const handleDeactivate = () =>
    deactivate.mutate(user.id, { onSuccess: () => handleDone(t('settings:users.deactivated')), onError: handleError });
  return (
    <Modal opened onClose={onClose} title={t('settings:users.editTitle', { name: user.name })}>
      <Stack>
        <Text size="sm" c="dimmed">
          {user.email}
        </Text>
        <MultiSelect
          label={t('settings:users.roles')}
          required
          data={STAFF_ROLES.map((r) => ({ value: r, label: t(`common:roles.${r}`) }))}
          value={roles}
          onChange={setRoles}
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
          <Button onClick={handleSave} loading={update.isPending}>
            {t('settings:users.saveRoles')}
          </Button>
        </Group>
        {user.status !== 'deactivated' && (
          <>
            <Divider />
            <Group justify="space-between" wrap="nowrap">
              <Text size="sm">{t('settings:users.deactivateExplain')}</Text>
              <Button color="red" variant="light" loading={deactivate.isPending} onClick={handleDeactivate}>
                {t('settings:users.deactivate')}
              </Button>
            </Group>
          </>
        )}
      </Stack>
    </Modal>
  );
}
