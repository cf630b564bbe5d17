import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { NewPasswordPurpose } from '../api/auth-forms';
import { AuthCard } from '../components/auth-card';
import { NewPasswordForm } from '../components/new-password-form';

interface NewPasswordPageProps {
  purpose: NewPasswordPurpose;
  token?: string;
}

/** The page a reset or invitation mail links to (`/reset-password?token=…`, `/accept-invitation?token=…`). */
export function NewPasswordPage({ purpose, token }: NewPasswordPageProps) {
  const { t } = useTranslation('auth');
  const invitation = purpose === 'invitation';
  return (
    <AuthCard
      title={t(invitation ? 'newPassword.inviteTitle' : 'newPassword.resetTitle')}
      lead={invitation ? t('newPassword.inviteLead') : undefined}
    >
      {token ? (
        <NewPasswordForm purpose={purpose} token={token} />
      ) : (
        <Alert color="red" role="alert">
          {t('newPassword.missingToken')}
        </Alert>
      )}
    </AuthCard>
  );
}
