import { Alert, Button, Group, Modal, NumberInput, SimpleGrid, Stack, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useReturnFocus } from '@/components/use-return-focus';
import { applyApiError } from '@/lib/forms/api-errors';
import type { Tenant } from '../api/tenant-queries';
import { useUpdateTenant } from '../api/update-tenant';

const FIELDS = ['representative', 'address', 'industry', 'employees', 'website'];

/** Edits the company facts staff keep up to date: representative, address, industry, staff, website. */
export function EditProfileDialog({ tenant, onClose }: { tenant: Tenant; onClose: () => void }) {
  const { t } = useTranslation(['tenants', 'common', 'errors']);
  useReturnFocus();
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
  const [problem, setProblem] = useState<string | null>(null);
  const update = useUpdateTenant(tenant.id);
  const handleSubmit = form.onSubmit((v) => {
    setProblem(null);
    update.mutate(
      {
        ...(v.representative ? { representative: v.representative } : {}),
        ...(v.address ? { address: v.address } : {}),
        ...(v.industry ? { industry: v.industry } : {}),
        ...(v.employees === '' ? {} : { employees: Number(v.employees) }),
        ...(v.website ? { website: v.website } : {}),
      },
      {
        onSuccess: () => {
          notifications.show({
            color: 'teal',
            message: t('tenants:profile.saved'),
            closeButtonProps: { 'aria-label': t('common:actions.close') },
          });
          onClose();
        },
        onError: (e) => setProblem(applyApiError(t, e, form, FIELDS)),
      },
    );
  });
  return (
    <Modal opened onClose={onClose} title={t('tenants:profile.editTitle')} size="lg">
      <form onSubmit={handleSubmit} noValidate>
        <Stack>
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
          {problem && (
            <Alert color="red" role="alert">
              {problem}
            </Alert>
          )}
          <Group justify="flex-end">
            <Button variant="default" onClick={onClose}>
              {t('common:actions.cancel')}
            </Button>
            <Button type="submit" loading={update.isPending}>
              {t('common:actions.save')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Modal>
  );
}
