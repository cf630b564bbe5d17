import { Alert, Button, Group, Modal, Select, Stack, TextInput } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyApiError } from '@/lib/forms/api-errors';
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
  const [problem, setProblem] = useState<string | null>(null);
  const create = useCreateTenant();
  const handleSubmit = form.onSubmit(
    (values) => {
      setProblem(null);
      create.mutate(values, {
        onSuccess: (tenant) => {
          notifications.show({ color: 'teal', message: t('create.created', { name: tenant.name }) });
          form.reset();
          onCreated(tenant);
        },
        onError: (error) => setProblem(applyApiError(t, error, form, FIELDS)),
      });
    },
    (errors) => form.getInputNode(Object.keys(errors)[0] ?? '')?.focus(),
  );
  return (
    <Modal opened={opened} onClose={onClose} title={t('create.title')} size="lg">
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
          <TextInput label={t('create.name')} required key={form.key('name')} {...form.getInputProps('name')} />
          <TextInput
            label={t('create.nameKana')}
            required
            key={form.key('nameKana')}
            {...form.getInputProps('nameKana')}
          />
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
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={create.isPending}>
              {t('create.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
