import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';

export function NotFoundState() {
  const { t } = useTranslation();
  return (
    <Alert color="gray" title={t('states.notFoundTitle')} maw={640}>
      {t('states.notFound')}
    </Alert>
  );
}
