import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TenantStatus } from '../api/tenant-queries';

const COLORS: Record<TenantStatus, string> = {
  applicant: 'blue.9',
  screening: 'yellow.9',
  approved: 'cyan.9',
  active: 'teal.9',
  graduated: 'grape.9',
  withdrawn: 'gray.9',
  rejected: 'red.9',
};

export function TenantStatusBadge({ status }: { status: TenantStatus }) {
  const { t } = useTranslation('tenants');
  return (
    <Badge color={COLORS[status]} variant="outline">
      {t(`status.${status}`)}
    </Badge>
  );
}
