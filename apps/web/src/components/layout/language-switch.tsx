import { SegmentedControl } from '@mantine/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { meKeys, saveLanguage } from '@/lib/auth/auth-api';
import { toLanguage, type Language } from '@/lib/i18n/i18n';

interface LanguageSwitchProps {
  /** Remember the choice on the user's account (only when logged in). */
  remember: boolean;
}

/** 日本語 / English. Logged-in users keep their choice on their account, for screens and mails. */
export function LanguageSwitch({ remember }: LanguageSwitchProps) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const save = useMutation({
    mutationFn: saveLanguage,
    onSuccess: (me) => queryClient.setQueryData(meKeys.all, me),
  });
  const handleChange = (value: string) => {
    const lang: Language = toLanguage(value);
    void i18n.changeLanguage(lang);
    if (remember) save.mutate(lang);
  };
  return (
    <SegmentedControl
      aria-label={t('user.language')}
      size="xs"
      value={toLanguage(i18n.language)}
      onChange={handleChange}
      data={[
        { value: 'ja', label: t('language.ja') },
        { value: 'en', label: t('language.en') },
      ]}
    />
  );
}
