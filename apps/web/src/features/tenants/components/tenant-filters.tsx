import { Group, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { IconSearch } from '@tabler/icons-react';
import { useTranslation } from 'react-i18next';
import { TENANT_KINDS, TENANT_STATUSES } from '../api/tenant-queries';
import type { TenantSearch } from '../api/tenant-search';

interface TenantFiltersProps {
  search: TenantSearch;
  onChange: (patch: Partial<TenantSearch>) => void;
}

/** Search as typed (name or kana) and the status/kind filters; every change resets to the first page. */
export function TenantFilters({ search, onChange }: TenantFiltersProps) {
  const { t } = useTranslation('tenants');
  const handleSearch = useDebouncedCallback((q: string) => onChange({ q: q || undefined, page: undefined }), 300);
  return (
    <Group gap="sm" align="flex-end" wrap="wrap">
      <TextInput
        key={search.q ?? ''}
        label={t('search')}
        defaultValue={search.q ?? ''}
        leftSection={<IconSearch size={16} aria-hidden />}
        onChange={(e) => handleSearch(e.currentTarget.value)}
        w={280}
        type="search"
      />
      <Select
        label={t('filters.status')}
        placeholder={t('filters.all')}
        clearable
        value={search.status ?? null}
        onChange={(v) => onChange({ status: v ?? undefined, page: undefined })}
        data={TENANT_STATUSES.map((s) => ({ value: s, label: t(`status.${s}`) }))}
        w={160}
      />
      <Select
        label={t('filters.kind')}
        placeholder={t('filters.all')}
        clearable
        value={search.kind ?? null}
        onChange={(v) => onChange({ kind: v ?? undefined, page: undefined })}
        data={TENANT_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
        w={160}
      />
    </Group>
  );
}
