import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TenantStatus } from '../api/tenant-queries';

const COLORS: Record<TenantStatus, string> = {
  applicant: 'blue',
  screening: 'yellow',
  approved: 'cyan',
  active: 'teal',
  graduated: 'grape',
  withdrawn: 'gray',
  rejected: 'red',
};

export function TenantStatusBadge({ status }: { status: TenantStatus }) {
  const { t } = useTranslation('tenants');
  return (
    <Badge color={COLORS[status]} variant="light" autoContrast>
      {t(`status.${status}`)}
    </Badge>
  );
}
