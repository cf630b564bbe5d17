import { Alert, Anchor, Button, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyApiError } from '@/lib/forms/api-errors';
import { forgotSchema, requestPasswordReset } from '../api/auth-forms';

export function ForgotPasswordForm() {
  const { t } = useTranslation(['auth', 'errors']);
  const { t: tErrors } = useTranslation('errors');
  const schema = useMemo(() => forgotSchema(tErrors), [tErrors]);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '' },
    validate: schemaResolver(schema, { sync: true }),
  });
  const [problem, setProblem] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: (email: string) => requestPasswordReset(email),
    onError: (error) => setProblem(applyApiError(t, error, form, ['email'])),
  });
  if (mutation.isSuccess) {
    return (
      <Stack>
        <Alert color="teal" role="status">
          {t('forgot.sent')}
        </Alert>
        <Anchor component={Link} to="/login" size="sm">
          {t('forgot.backToLogin')}
        </Anchor>
      </Stack>
    );
  }
  return (
    <form noValidate onSubmit={form.onSubmit((v) => mutation.mutate(v.email.trim()))}>
      <Stack>
        <TextInput
          label={t('login.email')}
          type="email"
          autoComplete="email"
          required
          key={form.key('email')}
          {...form.getInputProps('email')}
        />
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        <Button type="submit" loading={mutation.isPending}>
          {t('forgot.submit')}
        </Button>
        <Anchor component={Link} to="/login" size="sm" ta="center">
          {t('forgot.backToLogin')}
        </Anchor>
      </Stack>
    </form>
  );
}
