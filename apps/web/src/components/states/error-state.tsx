import { Alert, Button, Stack } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api/api-error';
import { ForbiddenState } from './forbidden-state';
import { NotFoundState } from './not-found-state';

interface ErrorStateProps {
  error: unknown;
  onRetry?: () => void;
}

/** A route's error view: 403 and 404 get their own states, anything else a retry. */
export function ErrorState({ error, onRetry }: ErrorStateProps) {
  const { t } = useTranslation();
  if (isApiError(error) && error.status === 403) return <ForbiddenState />;
  if (isApiError(error) && error.status === 404) return <NotFoundState />;
  return (
    <Alert color="red" icon={<IconAlertTriangle aria-hidden />} title={t('states.errorTitle')} role="alert" maw={640}>
      <Stack gap="sm" align="flex-start">
        {t('states.error')}
        {onRetry && (
          <Button variant="light" color="red" onClick={onRetry}>
            {t('actions.retry')}
          </Button>
        )}
      </Stack>
    </Alert>
  );
}
