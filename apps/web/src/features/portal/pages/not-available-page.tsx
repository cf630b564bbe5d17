import { Alert, Button, Stack } from '@mantine/core';
import { IconLock } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Me } from '@/lib/auth/roles';

/** Where a tenant user lands on a staff URL (the API refuses those calls too). */
export function NotAvailablePage(_props: { me: Me }) {
  const { t } = useTranslation('portal');
  return (
    <Stack maw={640} gap="md">
      <Alert
        color="orange"
        icon={<IconLock aria-hidden />}
        title={t('notAvailable.title')}
        role="alert"
        styles={{ title: { color: 'var(--mantine-color-dark-8)' } }}
      >
        {t('notAvailable.body')}
      </Alert>
      <Button component={Link} to="/portal" variant="outline" w="fit-content">
        {t('notAvailable.back')}
      </Button>
    </Stack>
  );
}
