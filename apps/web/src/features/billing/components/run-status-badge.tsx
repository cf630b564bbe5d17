import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { BillingRun } from '../api/billing-run-queries';

const COLORS: Record<BillingRun['status'], string> = {
  previewing: 'blue',
  previewed: 'yellow',
  issuing: 'blue',
  issued: 'teal',
  failed: 'red',
};

export function RunStatusBadge({ status }: { status: BillingRun['status'] }) {
  const { t } = useTranslation('billing');
  return (
    <Badge color={COLORS[status]} variant="filled" autoContrast>
      {t(`run.status.${status}`)}
    </Badge>
  );
}
