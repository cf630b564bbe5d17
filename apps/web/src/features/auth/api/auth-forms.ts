import type { TFunction } from 'i18next';

type ErrorsT = TFunction<'errors'>;
import { z } from 'zod';
import { api, unwrap } from '@/lib/api/client';

export function loginSchema(t: ErrorsT) {
  return z.object({
    email: z.string().trim().min(1, t('field.required')).email(t('field.email')),
    password: z.string().min(1, t('field.required')),
  });
}

export function forgotSchema(t: ErrorsT) {
  return z.object({ email: z.string().trim().min(1, t('field.required')).email(t('field.email')) });
}

export function newPasswordSchema(t: ErrorsT) {
  return z
    .object({
      password: z
        .string()
        .min(10, t('field.tooShort', { min: 10 }))
        .max(128, t('field.tooLong', { max: 128 })),
      confirm: z.string(),
    })
    .refine((v) => v.password === v.confirm, { path: ['confirm'], message: t('field.passwordMismatch') });
}

export type NewPasswordPurpose = 'reset' | 'invitation';

export function requestPasswordReset(email: string) {
  return unwrap(api.POST('/api/v1/auth/password-reset/request', { body: { email } }));
}

export function completeToken(purpose: NewPasswordPurpose, token: string, password: string) {
  const path = purpose === 'reset' ? '/api/v1/auth/password-reset/confirm' : '/api/v1/auth/invitations/accept';
  return unwrap(api.POST(path, { body: { token, password } }));
}
