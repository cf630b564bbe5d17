import { Group, NumberInput, Select, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { TenantSelect } from '@/components/form/tenant-select';
import { FormDialog } from '@/components/form-dialog';
import { MonthField } from '@/components/month-field';
import {
  CHARGE_KINDS,
  TAX_CATEGORIES,
  createChargeSchema,
  useCreateCharge,
  type CreateChargeInput,
} from '../api/charge-queries';

interface CreateChargeDialogProps {
  period: string;
  onClose: () => void;
}

const FIELDS = ['tenantId', 'period', 'description', 'quantity', 'unitPrice', 'taxCategory', 'kind'];

export function CreateChargeDialog({ period, onClose }: CreateChargeDialogProps) {
  const { t } = useTranslation(['billing', 'common', 'errors']);
  const { t: tErrors } = useTranslation('errors');
  const schema = useMemo(() => createChargeSchema(tErrors), [tErrors]);
  const form = useForm<CreateChargeInput>({
    mode: 'uncontrolled',
    initialValues: {
      tenantId: '',
      period,
      description: '',
      quantity: 1,
      unitPrice: 0,
      taxCategory: 'standard',
      kind: 'other',
    },
    validate: schemaResolver(schema, { sync: true }),
  });
  const create = useCreateCharge();
  const handleSubmit = async (values: CreateChargeInput) => {
    await create.mutateAsync(values);
    notifications.show({
      color: 'teal',
      message: t('billing:charges.created'),
      closeButtonProps: { 'aria-label': t('common:actions.close') },
    });
    onClose();
  };
  return (
    <FormDialog
      onClose={onClose}
      title={t('billing:charges.createTitle')}
      size="lg"
      form={form}
      fields={FIELDS}
      onSubmit={handleSubmit}
      submitLabel={t('billing:charges.submit')}
    >
      <TenantSelect
        label={t('billing:charges.tenant')}
        required
        key={form.key('tenantId')}
        {...form.getInputProps('tenantId')}
      />
      <MonthField
        label={t('billing:charges.period')}
        required
        key={form.key('period')}
        {...form.getInputProps('period')}
      />
      <TextInput
        label={t('billing:charges.description')}
        required
        key={form.key('description')}
        {...form.getInputProps('description')}
      />
      <Group grow>
        <NumberInput
          label={t('billing:charges.quantity')}
          min={1}
          allowDecimal={false}
          key={form.key('quantity')}
          {...form.getInputProps('quantity')}
        />
        <NumberInput
          label={t('billing:charges.unitPrice')}
          prefix="¥"
          thousandSeparator=","
          allowDecimal={false}
          key={form.key('unitPrice')}
          {...form.getInputProps('unitPrice')}
        />
      </Group>
      <Group grow>
        <Select
          label={t('billing:charges.taxCategory')}
          allowDeselect={false}
          data={TAX_CATEGORIES.map((c) => ({ value: c, label: t(`billing:taxCategory.${c}`) }))}
          key={form.key('taxCategory')}
          {...form.getInputProps('taxCategory')}
        />
        <Select
          label={t('billing:charges.kind')}
          allowDeselect={false}
          data={CHARGE_KINDS.map((k) => ({ value: k, label: t(`billing:chargeKind.${k}`) }))}
          key={form.key('kind')}
          {...form.getInputProps('kind')}
        />
      </Group>
    </FormDialog>
  );
}
