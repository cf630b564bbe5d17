import { Alert } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { isApiError } from '@/lib/api/api-error';
import { errorMessage } from '@/lib/forms/api-errors';

/** A business-rule failure (409, 422…) above the button that caused it, in the reader's language. */
export function ActionError({ error }: { error: unknown }) {
  const { t } = useTranslation('portal');
  if (!error) return null;
  // The API's detail is already in the reader's language and names the rule (cut-off, quota, full event).
  const text = isApiError(error) ? error.message : errorMessage(t, 'network', 'Network error');
  return (
    <Alert
      color="red"
      title={t('errorAlert')}
      role="alert"
      styles={{ title: { color: 'var(--mantine-color-dark-8)' } }}
    >
      {text}
    </Alert>
  );
}
