import { Alert, Anchor, Button, PasswordInput, Stack } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api/api-error';
import { applyApiError } from '@/lib/forms/api-errors';
import { completeToken, newPasswordSchema, type NewPasswordPurpose } from '../api/auth-forms';

interface NewPasswordFormProps {
  purpose: NewPasswordPurpose;
  token: string;
}

/** Sets a password from a mail's link: a reset, or accepting an invitation. */
export function NewPasswordForm({ purpose, token }: NewPasswordFormProps) {
  const { t } = useTranslation(['auth', 'errors']);
  const { t: tErrors } = useTranslation('errors');
  const schema = useMemo(() => newPasswordSchema(tErrors), [tErrors]);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { password: '', confirm: '' },
    validate: schemaResolver(schema, { sync: true }),
  });
  const [problem, setProblem] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: (password: string) => completeToken(purpose, token, password),
    onError: (error) =>
      setProblem(
        isApiError(error) && (error.status === 401 || error.fieldErrors.token)
          ? t('newPassword.badToken')
          : applyApiError(t, error, form, ['password']),
      ),
  });
  if (mutation.isSuccess) {
    return (
      <Stack>
        <Alert color="teal" role="status">
          {t(purpose === 'reset' ? 'newPassword.resetDone' : 'newPassword.inviteDone')}
        </Alert>
        <Button component={Link} to="/login">
          {t('newPassword.toLogin')}
        </Button>
      </Stack>
    );
  }
  return (
    <form noValidate onSubmit={form.onSubmit((v) => mutation.mutate(v.password))}>
      <Stack>
        <PasswordInput
          label={t('newPassword.password')}
          description={t('newPassword.passwordHint')}
          autoComplete="new-password"
          required
          key={form.key('password')}
          {...form.getInputProps('password')}
        />
        <PasswordInput
          label={t('newPassword.confirm')}
          autoComplete="new-password"
          required
          key={form.key('confirm')}
          {...form.getInputProps('confirm')}
        />
        {problem && (
          <Alert color="red" role="alert">
            {problem}{' '}
            <Anchor component={Link} to="/forgot-password" size="sm">
              {t('forgot.title')}
            </Anchor>
          </Alert>
        )}
        <Button type="submit" loading={mutation.isPending}>
          {t(purpose === 'reset' ? 'newPassword.resetSubmit' : 'newPassword.inviteSubmit')}
        </Button>
      </Stack>
    </form>
  );
}
