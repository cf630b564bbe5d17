import { Alert, Anchor, Button, PasswordInput, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { useMutation } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api/api-error';
import { login } from '@/lib/auth/auth-api';
import { formatDateTime } from '@/lib/format';
import { applyApiError } from '@/lib/forms/api-errors';
import { toLanguage } from '@/lib/i18n/i18n';
import { loginSchema } from '../api/auth-forms';

interface LoginFormProps {
  onLoggedIn: () => void | Promise<void>;
}

/** メールアドレス / パスワード / ログイン, with the lock and rate-limit answers said plainly. */
export function LoginForm({ onLoggedIn }: LoginFormProps) {
  const { t, i18n } = useTranslation(['auth', 'errors']);
  const { t: tErrors } = useTranslation('errors');
  const schema = useMemo(() => loginSchema(tErrors), [tErrors]);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { email: '', password: '' },
    validate: schemaResolver(schema, { sync: true }),
    validateInputOnBlur: false,
  });
  const [problem, setProblem] = useState<string | null>(null);
  const mutation = useMutation({
    mutationFn: (v: { email: string; password: string }) => login(v.email.trim(), v.password),
    onSuccess: () => onLoggedIn(),
    onError: (error) => setProblem(loginProblem(error)),
  });
  const loginProblem = (error: unknown): string | null => {
    if (isApiError(error) && error.status === 401) return t('errors:invalid_credentials');
    if (isApiError(error) && error.status === 423 && typeof error.body.lockedUntil === 'string') {
      return t('login.lockedUntil', { time: formatDateTime(error.body.lockedUntil, toLanguage(i18n.language)) });
    }
    return applyApiError(t, error, form, ['email', 'password']);
  };
  const handleSubmit = form.onSubmit(
    (values) => {
      setProblem(null);
      mutation.mutate(values);
    },
    (errors) => {
      const first = Object.keys(errors)[0];
      if (first) form.getInputNode(first)?.focus();
    },
  );
  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <TextInput
          label={t('login.email')}
          type="email"
          autoComplete="username"
          required
          key={form.key('email')}
          {...form.getInputProps('email')}
        />
        <PasswordInput
          label={t('login.password')}
          autoComplete="current-password"
          required
          key={form.key('password')}
          {...form.getInputProps('password')}
        />
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        <Button type="submit" loading={mutation.isPending} fullWidth>
          {t('login.submit')}
        </Button>
        <Anchor component={Link} to="/forgot-password" size="sm" ta="center">
          {t('login.forgot')}
        </Anchor>
      </Stack>
    </form>
  );
}
