import { Alert, Button, PasswordInput, Stack } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyApiError } from '@/lib/forms/api-errors';
import { useChangePassword } from '../api/company-mutations';

export function PasswordForm() {
  const { t } = useTranslation('portal');
  const change = useChangePassword();
  const [alert, setAlert] = useState<string | null>(null);
  const [done, setDone] = useState(false);
  const form = useForm({
    initialValues: { currentPassword: '', newPassword: '', confirm: '' },
    validate: {
      currentPassword: (v) => (v ? null : t('account.current')),
      newPassword: (v) => (v.length >= 10 ? null : t('account.tooShort')),
      confirm: (v, all) => (v === all.newPassword ? null : t('account.mismatch')),
    },
  });
  const handleSubmit = form.onSubmit(
    (v) => {
      setAlert(null);
      setDone(false);
      change.mutate(
        { currentPassword: v.currentPassword, newPassword: v.newPassword },
        {
          onSuccess: () => {
            form.reset();
            setDone(true);
          },
          onError: (e) => setAlert(applyApiError(t, e, form, ['currentPassword', 'newPassword'])),
        },
      );
    },
    (errors) => form.getInputNode(Object.keys(errors)[0])?.focus(),
  );
  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="sm" maw={420}>
        <PasswordInput
          label={t('account.current')}
          autoComplete="current-password"
          required
          {...form.getInputProps('currentPassword')}
        />
        <PasswordInput
          label={t('account.new')}
          description={t('account.newHint')}
          autoComplete="new-password"
          required
          {...form.getInputProps('newPassword')}
        />
        <PasswordInput
          label={t('account.confirm')}
          autoComplete="new-password"
          required
          {...form.getInputProps('confirm')}
        />
        {alert && (
          <Alert color="red" role="alert">
            {alert}
          </Alert>
        )}
        {done && (
          <Alert color="teal" role="status">
            {t('account.changed')}
          </Alert>
        )}
        <Button type="submit" loading={change.isPending} w="fit-content">
          {t('account.changePassword')}
        </Button>
      </Stack>
    </form>
  );
}
