import { Group, Select, Text, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useQuery } from '@tanstack/react-query';
import i18n from 'i18next';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '@/components/form-dialog';
import { TenantSelect } from '@/components/form/tenant-select';
import { YenInput } from '@/components/yen-input';
import { formatDate, formatYen } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import { notify } from '@/lib/notify';
import { subsidyQueries, useCreateCase } from '../api/subsidy-queries';

const FIELDS = ['tenantId', 'programId', 'roundId', 'title', 'requestedAmount'];

/** 新規案件: a tenant's case for one round of a programme; it starts in 準備中 with the default checklists. */
export function CaseDialog({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation(['subsidies', 'common', 'errors']);
  const lang = toLanguage(i18n.language);
  const programs = useQuery(subsidyQueries.programs());
  const required = (v: unknown) => (v ? null : t('subsidies:caseForm.required'));
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      tenantId: null as string | null,
      programId: null as string | null,
      roundId: null as string | null,
      title: '',
      requestedAmount: '' as number | string,
    },
    validate: { tenantId: required, programId: required, roundId: required },
  });
  const create = useCreateCase();
  const items = programs.data?.items ?? [];
  const program = items.find((p) => p.id === form.values.programId);
  const handleSubmit = async (v: typeof form.values) => {
    await create.mutateAsync({
      tenantId: v.tenantId!,
      programId: v.programId!,
      roundId: v.roundId!,
      title: v.title.trim() || null,
      requestedAmount: v.requestedAmount === '' ? null : Number(v.requestedAmount),
    });
    notify('teal', t('subsidies:caseForm.created'));
    onClose();
  };
  return (
    <FormDialog
      onClose={onClose}
      title={t('subsidies:caseForm.title')}
      size="lg"
      form={form}
      fields={FIELDS}
      onSubmit={handleSubmit}
      submitLabel={t('subsidies:caseForm.create')}
    >
      <Text size="sm" c="dimmed">
        {t('subsidies:caseForm.lead')}
      </Text>
      <TenantSelect
        label={t('subsidies:caseForm.tenant')}
        placeholder={t('subsidies:caseForm.tenantPlaceholder')}
        required
        {...form.getInputProps('tenantId')}
      />
      <Group grow align="flex-start">
        <Select
          label={t('subsidies:caseForm.program')}
          required
          searchable
          data={items.map((p) => ({ value: p.id, label: p.name }))}
          nothingFoundMessage={t('subsidies:programs.empty')}
          {...form.getInputProps('programId')}
          onChange={(x) => {
            form.setFieldValue('programId', x);
            form.setFieldValue('roundId', null);
          }}
        />
        <Select
          label={t('subsidies:caseForm.round')}
          required
          disabled={!program}
          data={(program?.rounds ?? []).map((r) => ({
            value: r.id,
            label: t('subsidies:caseForm.roundOption', {
              name: r.name,
              closesOn: formatDate(r.closesOn, lang),
            }),
          }))}
          nothingFoundMessage={t('subsidies:programs.noRounds')}
          {...form.getInputProps('roundId')}
        />
      </Group>
      <TextInput
        label={t('subsidies:caseForm.caseTitle')}
        placeholder={t('subsidies:caseForm.caseTitlePlaceholder')}
        {...form.getInputProps('title')}
      />
      <YenInput
        label={t('subsidies:caseForm.requestedAmount')}
        description={program ? t('subsidies:caseForm.maxHint', { max: formatYen(program.maxAmount) }) : undefined}
        {...form.getInputProps('requestedAmount')}
      />
    </FormDialog>
  );
}
