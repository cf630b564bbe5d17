import { Alert } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';

/** What a page shows when the user's roles do not allow it (the API refuses it as well). */
export function ForbiddenState() {
  const { t } = useTranslation();
  return (
    <Alert color="orange" icon={<IconLock aria-hidden />} title={t('states.forbiddenTitle')} role="alert" maw={640}>
      {t('states.forbidden')}
    </Alert>
  );
}
