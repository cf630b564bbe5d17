import { Alert, Anchor, List } from '@mantine/core';
import { IconAlertTriangle } from '@tabler/icons-react';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { IssuingWarning } from '../api/billing-run-queries';

interface RunWarningsProps {
  warnings: IssuingWarning[];
}

/** The issuing guard: settings a qualified invoice needs before the run can be issued. */
export function RunWarnings({ warnings }: RunWarningsProps) {
  const { t } = useTranslation('billing');
  if (warnings.length === 0) return null;
  return (
    <Alert color="orange" icon={<IconAlertTriangle aria-hidden />} title={t('run.warnings.title')}>
      <List size="sm" spacing={4}>
        {warnings.map((w) => (
          <List.Item key={w.field}>{t(`run.warnings.${w.field}`)}</List.Item>
        ))}
      </List>
      <Anchor size="sm" mt="xs" display="inline-block" renderRoot={(p) => <Link to="/settings" {...p} />}>
        {t('run.warnings.openSettings')}
      </Anchor>
    </Alert>
  );
}
