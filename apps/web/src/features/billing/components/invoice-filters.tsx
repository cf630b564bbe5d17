import { Group, NumberInput, Select, TextInput } from '@mantine/core';
import { useDebouncedCallback } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import type { BillingSearch } from '../api/billing-search';
import { INVOICE_STATUSES } from '../api/invoice-queries';
import { DateField } from '@/components/date-field';
import { MonthField } from '@/components/month-field';

interface InvoiceFiltersProps {
  search: BillingSearch;
  onChange: (patch: Partial<BillingSearch>) => void;
}

const num = (v: string | number) => (typeof v === 'number' ? v : undefined);

/** Issued invoices stay searchable by date, amount and counterparty (電子帳簿保存法). */
export function InvoiceFilters({ search, onChange }: InvoiceFiltersProps) {
  const { t } = useTranslation('billing');
  const handleChange = (patch: Partial<BillingSearch>) => onChange({ ...patch, page: undefined });
  const handleText = useDebouncedCallback((q: string) => handleChange({ q: q || undefined }), 300);
  const handleMin = useDebouncedCallback((v: string | number) => handleChange({ totalMin: num(v) }), 400);
  const handleMax = useDebouncedCallback((v: string | number) => handleChange({ totalMax: num(v) }), 400);
  return (
    <Group align="flex-end" gap="sm" wrap="wrap">
      <TextInput
        label={t('invoices.filters.counterparty')}
        defaultValue={search.q ?? ''}
        onChange={(e) => handleText(e.currentTarget.value)}
        w={200}
      />
      <MonthField
        label={t('invoices.filters.period')}
        value={search.invoicePeriod ?? null}
        onChange={(v) => handleChange({ invoicePeriod: v || undefined })}
        w={160}
      />
      <Select
        label={t('invoices.filters.status')}
        placeholder={t('invoices.filters.all')}
        clearable
        data={INVOICE_STATUSES.map((s) => ({ value: s, label: t(`invoices.status.${s}`) }))}
        value={search.status ?? null}
        onChange={(v) => handleChange({ status: (v ?? undefined) as BillingSearch['status'] })}
        w={150}
      />
      <DateField
        label={t('invoices.filters.from')}
        value={search.from ?? null}
        onChange={(v) => handleChange({ from: (v as string | null) || undefined })}
        w={180}
      />
      <DateField
        label={t('invoices.filters.to')}
        value={search.to ?? null}
        onChange={(v) => handleChange({ to: (v as string | null) || undefined })}
        w={180}
      />
      <NumberInput
        label={t('invoices.filters.totalMin')}
        defaultValue={search.totalMin}
        onChange={handleMin}
        thousandSeparator=","
        prefix="¥"
        allowDecimal={false}
        w={140}
      />
      <NumberInput
        label={t('invoices.filters.totalMax')}
        defaultValue={search.totalMax}
        onChange={handleMax}
        thousandSeparator=","
        prefix="¥"
        allowDecimal={false}
        w={140}
      />
    </Group>
  );
}
