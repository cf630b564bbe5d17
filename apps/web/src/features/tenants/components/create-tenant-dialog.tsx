import { Select, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '@/components/form-dialog';
import { createTenantSchema, useCreateTenant, type CreateTenantInput } from '../api/create-tenant';
import { TENANT_KINDS, type Tenant } from '../api/tenant-queries';

interface CreateTenantDialogProps {
  opened: boolean;
  onClose: () => void;
  onCreated: (tenant: Tenant) => void;
}

const FIELDS = ['name', 'nameKana', 'kind', 'corporateNumber', 'representative'];

export function CreateTenantDialog({ opened, onClose, onCreated }: CreateTenantDialogProps) {
  const { t } = useTranslation(['tenants', 'common', 'errors']);
  const { t: tErrors } = useTranslation('errors');
  const schema = useMemo(() => createTenantSchema(tErrors), [tErrors]);
  const form = useForm<CreateTenantInput>({
    mode: 'uncontrolled',
    initialValues: { name: '', nameKana: '', kind: 'corporation', corporateNumber: '', representative: '' },
    validate: schemaResolver(schema, { sync: true }),
  });
  const create = useCreateTenant();
  const handleSubmit = async (values: CreateTenantInput) => {
    const tenant = await create.mutateAsync(values);
    notifications.show({ color: 'teal', message: t('create.created', { name: tenant.name }) });
    form.reset();
    onCreated(tenant);
  };
  return (
    <FormDialog
      opened={opened}
      onClose={onClose}
      title={t('create.title')}
      size="lg"
      form={form}
      fields={FIELDS}
      onSubmit={handleSubmit}
      submitLabel={t('create.submit')}
    >
      <TextInput label={t('create.name')} required key={form.key('name')} {...form.getInputProps('name')} />
      <TextInput label={t('create.nameKana')} required key={form.key('nameKana')} {...form.getInputProps('nameKana')} />
      <Select
        label={t('create.kind')}
        required
        allowDeselect={false}
        data={TENANT_KINDS.map((k) => ({ value: k, label: t(`kind.${k}`) }))}
        key={form.key('kind')}
        {...form.getInputProps('kind')}
      />
      <TextInput
        label={t('create.corporateNumber')}
        inputMode="numeric"
        key={form.key('corporateNumber')}
        {...form.getInputProps('corporateNumber')}
      />
      <TextInput
        label={t('create.representative')}
        key={form.key('representative')}
        {...form.getInputProps('representative')}
      />
    </FormDialog>
  );
}
