import { Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '@/components/layout/language-switch';
import { PageHeader } from '@/components/page-header';
import type { Me } from '@/lib/auth/roles';
import { MailPreferences } from '../components/mail-preferences';
import { PasswordForm } from '../components/password-form';
import { ReadOnlyFields } from '../components/read-only-fields';
import { Section } from '../components/section';

/** The user's own account: login details, language, password and which notices come by mail. */
export function AccountPage({ me }: { me: Me }) {
  const { t } = useTranslation('portal');
  const { t: tc } = useTranslation();
  return (
    <>
      <PageHeader title={t('account.title')} />
      <Stack gap="md">
        <Section title={t('account.profile')}>
          <ReadOnlyFields
            fields={[
              { label: t('account.name'), value: me.name },
              { label: t('account.email'), value: me.email },
              { label: t('account.roles'), value: me.roles.map((r) => tc(`roles.${r}`)).join('・') },
            ]}
          />
        </Section>
        <Section title={t('account.language')}>
          <Stack gap="xs">
            <LanguageSwitch remember />
            <Text size="sm" c="dimmed">
              {t('account.languageNote')}
            </Text>
          </Stack>
        </Section>
        <Section title={t('account.password')}>
          <PasswordForm />
        </Section>
        <Section title={t('account.preferences')}>
          <MailPreferences />
        </Section>
      </Stack>
    </>
  );
}
