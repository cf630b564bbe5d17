import { Paper, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Tenant users land here until the portal's screens are built. */
export function PortalPage() {
  const { t } = useTranslation('auth');
  return (
    <Paper withBorder p="xl" m="xl" maw={640}>
      <Title order={1} size="h3" mb="sm">
        {t('portal.title')}
      </Title>
      <Text>{t('portal.soon')}</Text>
    </Paper>
  );
}
