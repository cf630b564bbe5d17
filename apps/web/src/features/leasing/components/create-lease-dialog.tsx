import { SimpleGrid } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { DateField } from '@/components/date-field';
import { FormDialog } from '@/components/form-dialog';
import { YenInput } from '@/components/yen-input';
import { api, unwrap } from '@/lib/api/client';
import { isApiError } from '@/lib/api/api-error';
import { formatDate } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import { createLeaseSchema, useCreateLease, type CreateLeaseInput } from '../api/create-lease';
import { leasingQueries, type Space } from '../api/leasing-queries';
import { TenantSelect } from './tenant-select';

interface CreateLeaseDialogProps {
  space: Space;
  onClose: () => void;
}

const FIELDS = ['tenantId', 'startDate', 'endDate', 'monthlyRent', 'commonAreaFee', 'deposit'];

export function CreateLeaseDialog({ space, onClose }: CreateLeaseDialogProps) {
  const { t, i18n } = useTranslation(['leasing', 'common', 'errors']);
  const { t: tErrors } = useTranslation('errors');
  const schema = useMemo(() => createLeaseSchema(tErrors), [tErrors]);
  const names = useQuery(leasingQueries.tenantNames());
  const form = useForm<CreateLeaseInput>({
    mode: 'uncontrolled',
    initialValues: {
      tenantId: '',
      startDate: '',
      endDate: '',
      monthlyRent: space.monthlyRent,
      commonAreaFee: space.commonAreaFee,
      deposit: space.monthlyRent * 3,
    },
    validate: schemaResolver(schema, { sync: true }),
  });
  const create = useCreateLease(space.id);
  const conflictMessage = async (error: unknown): Promise<string | null> => {
    if (!isApiError(error) || error.status !== 409 || typeof error.body.conflictingLeaseId !== 'string') return null;
    const lease = await unwrap(
      api.GET('/api/v1/leases/{id}', { params: { path: { id: error.body.conflictingLeaseId } } }),
    );
    const lang = toLanguage(i18n.language);
    return t('create.conflict', {
      holder: names.data?.get(lease.tenantId) ?? lease.tenantId,
      from: formatDate(lease.startDate, lang),
      to: formatDate(lease.endDate, lang),
    });
  };
  const handleSubmit = async (values: CreateLeaseInput) => {
    await create.mutateAsync(values);
    notifications.show({ color: 'teal', message: t('create.created') });
    onClose();
  };
  return (
    <FormDialog
      onClose={onClose}
      title={t('create.title', { code: space.code })}
      size="lg"
      form={form}
      fields={FIELDS}
      onSubmit={handleSubmit}
      describeError={conflictMessage}
      submitLabel={t('create.submit')}
    >
      <TenantSelect required key={form.key('tenantId')} {...form.getInputProps('tenantId')} />
      <SimpleGrid cols={2}>
        <DateField
          label={t('create.startDate')}
          required
          key={form.key('startDate')}
          {...form.getInputProps('startDate')}
        />
        <DateField label={t('create.endDate')} required key={form.key('endDate')} {...form.getInputProps('endDate')} />
      </SimpleGrid>
      <SimpleGrid cols={3}>
        <YenInput
          label={t('create.monthlyRent')}
          required
          key={form.key('monthlyRent')}
          {...form.getInputProps('monthlyRent')}
        />
        <YenInput
          label={t('create.commonAreaFee')}
          key={form.key('commonAreaFee')}
          {...form.getInputProps('commonAreaFee')}
        />
        <YenInput label={t('create.deposit')} key={form.key('deposit')} {...form.getInputProps('deposit')} />
      </SimpleGrid>
    </FormDialog>
  );
}
