import { NumberInput, SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '@/components/form-dialog';
import type { Tenant } from '../api/tenant-queries';
import { useUpdateTenant } from '../api/update-tenant';

const FIELDS = ['representative', 'address', 'industry', 'employees', 'website'];

/** Edits the company facts staff keep up to date: representative, address, industry, staff, website. */
export function EditProfileDialog({ tenant, onClose }: { tenant: Tenant; onClose: () => void }) {
  const { t } = useTranslation(['tenants', 'common', 'errors']);
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: {
      representative: tenant.representative ?? '',
      address: tenant.address ?? '',
      industry: tenant.industry ?? '',
      employees: (tenant.employees ?? '') as number | string,
      website: tenant.website ?? '',
    },
  });
  const update = useUpdateTenant(tenant.id);
  const handleSubmit = async (v: typeof form.values) => {
    await update.mutateAsync({
      ...(v.representative ? { representative: v.representative } : {}),
      ...(v.address ? { address: v.address } : {}),
      ...(v.industry ? { industry: v.industry } : {}),
      ...(v.employees === '' ? {} : { employees: Number(v.employees) }),
      ...(v.website ? { website: v.website } : {}),
    });
    notifications.show({
      color: 'teal',
      message: t('tenants:profile.saved'),
      closeButtonProps: { 'aria-label': t('common:actions.close') },
    });
    onClose();
  };
  return (
    <FormDialog
      onClose={onClose}
      title={t('tenants:profile.editTitle')}
      size="lg"
      form={form}
      fields={FIELDS}
      onSubmit={handleSubmit}
      submitLabel={t('common:actions.save')}
    >
      <SimpleGrid cols={2}>
        <TextInput
          label={t('tenants:profile.representative')}
          maxLength={200}
          key={form.key('representative')}
          {...form.getInputProps('representative')}
        />
        <TextInput
          label={t('tenants:profile.industry')}
          maxLength={200}
          key={form.key('industry')}
          {...form.getInputProps('industry')}
        />
      </SimpleGrid>
      <TextInput
        label={t('tenants:profile.address')}
        maxLength={500}
        key={form.key('address')}
        {...form.getInputProps('address')}
      />
      <SimpleGrid cols={2}>
        <NumberInput
          label={t('tenants:profile.employees')}
          min={0}
          allowDecimal={false}
          allowNegative={false}
          key={form.key('employees')}
          {...form.getInputProps('employees')}
        />
        <TextInput
          label={t('tenants:profile.website')}
          type="url"
          placeholder="https://"
          maxLength={500}
          key={form.key('website')}
          {...form.getInputProps('website')}
        />
      </SimpleGrid>
    </FormDialog>
  );
}
