import { useQueryClient } from '@tanstack/react-query';
import { useRouter } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { meKeys, meQuery } from '@/lib/auth/auth-api';
import { toLanguage } from '@/lib/i18n/i18n';
import { AuthCard } from '../components/auth-card';
import { LoginForm } from '../components/login-form';

interface LoginPageProps {
  /** Where to go after login; only a path inside the app. */
  redirect?: string;
}

export function LoginPage({ redirect }: LoginPageProps) {
  const { t, i18n } = useTranslation('auth');
  const queryClient = useQueryClient();
  const router = useRouter();
  const handleLoggedIn = async () => {
    await queryClient.invalidateQueries({ queryKey: meKeys.all });
    const me = await queryClient.fetchQuery(meQuery);
    if (me) await i18n.changeLanguage(toLanguage(me.locale));
    router.history.push(redirect ?? '/');
  };
  return (
    <AuthCard title={t('login.title')} lead={t('login.lead')}>
      <LoginForm onLoggedIn={handleLoggedIn} />
    </AuthCard>
  );
}
