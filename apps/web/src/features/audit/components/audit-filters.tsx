import { Group, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { AUDIT_ACTIONS, type AuditSearch } from '../api/audit-queries';
import { DateField } from '@/components/date-field';

interface AuditFiltersProps {
  search: AuditSearch;
  onChange: (patch: Partial<AuditSearch>) => void;
}

export function AuditFilters({ search, onChange }: AuditFiltersProps) {
  const { t } = useTranslation('audit');
  const handleChange = (patch: Partial<AuditSearch>) => onChange({ ...patch, page: undefined });
  const handleEntity = useDebouncedCallback((v: string) => handleChange({ entity: v.trim() || undefined }), 300);
  return (
    <Group align="flex-end" gap="sm">
      <TextInput
        label={t('filters.entity')}
        description={t('filters.entityHint')}
        defaultValue={search.entity ?? ''}
        onChange={(e) => handleEntity(e.currentTarget.value)}
        w={200}
      />
      <Select
        label={t('filters.action')}
        placeholder={t('filters.all')}
        clearable
        data={AUDIT_ACTIONS.map((a) => ({ value: a, label: t(`action.${a}`) }))}
        value={search.action ?? null}
        onChange={(v) => handleChange({ action: (v ?? undefined) as AuditSearch['action'] })}
        w={160}
      />
      <DateField
        label={t('filters.from')}
        value={search.from ?? null}
        onChange={(v) => handleChange({ from: (v as string | null) || undefined })}
        w={190}
      />
      <DateField
        label={t('filters.to')}
        value={search.to ?? null}
        onChange={(v) => handleChange({ to: (v as string | null) || undefined })}
        w={190}
      />
    </Group>
  );
}
