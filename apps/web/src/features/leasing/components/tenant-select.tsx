import { Select, type SelectProps } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { leasingQueries } from '../api/leasing-queries';

/** Picks a tenant by name (searchable). */
export function TenantSelect(props: Omit<SelectProps, 'data'>) {
  const { t } = useTranslation('leasing');
  const names = useQuery(leasingQueries.tenantNames());
  const data = [...(names.data ?? new Map<string, string>())].map(([value, label]) => ({ value, label }));
  return (
    <Select
      label={t('create.tenant')}
      placeholder={t('create.tenantPlaceholder')}
      searchable
      nothingFoundMessage="—"
      data={data}
      {...props}
    />
  );
}
