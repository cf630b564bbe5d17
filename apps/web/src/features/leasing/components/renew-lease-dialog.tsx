import { Alert, NumberInput, SimpleGrid, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '@/components/form-dialog';
import { DateField } from '@/components/date-field';
import { YenInput } from '@/components/yen-input';
import { api, unwrap } from '@/lib/api/client';
import { useRenewLease } from '../api/lease-actions';
import type { Lease } from '../api/leasing-queries';

interface RenewLeaseDialogProps {
  lease: Lease;
  onClose: () => void;
}

const FIELDS = ['endDate', 'monthlyRent', 'rescreening.decidedOn', 'rescreening.note', 'rescreening.score'];

/** Renewal needs a re-screening record; the tenure cap is shown and the API enforces it. */
export function RenewLeaseDialog({ lease, onClose }: RenewLeaseDialogProps) {
  const { t } = useTranslation(['leasing', 'common', 'errors']);
  const settings = useQuery({
    queryKey: ['leasing', 'settings'],
    queryFn: () => unwrap(api.GET('/api/v1/leasing-settings')),
  });
  const form = useForm({
    mode: 'uncontrolled',
    initialValues: { endDate: '', monthlyRent: lease.monthlyRent, rescreening: { decidedOn: '', note: '', score: 3 } },
    validate: {
      endDate: (v) => (v ? null : t('errors:field.required')),
      rescreening: {
        decidedOn: (v) => (v ? null : t('errors:field.required')),
        note: (v) => (v.trim() ? null : t('errors:field.required')),
      },
    },
  });
  const renew = useRenewLease(lease.id);
  const handleSubmit = async (v: typeof form.values) => {
    await renew.mutateAsync(v);
    notifications.show({ color: 'teal', message: t('renew.done') });
    onClose();
  };
  return (
    <FormDialog
      onClose={onClose}
      title={t('renew.title')}
      size="lg"
      form={form}
      fields={FIELDS}
      onSubmit={handleSubmit}
      submitLabel={t('renew.submit')}
    >
      {settings.data && <Alert color="blue">{t('leases.maxTenure', { months: settings.data.maxTenureMonths })}</Alert>}
      <SimpleGrid cols={2}>
        <DateField label={t('renew.endDate')} required key={form.key('endDate')} {...form.getInputProps('endDate')} />
        <YenInput label={t('renew.monthlyRent')} key={form.key('monthlyRent')} {...form.getInputProps('monthlyRent')} />
        <DateField
          label={t('renew.decidedOn')}
          required
          key={form.key('rescreening.decidedOn')}
          {...form.getInputProps('rescreening.decidedOn')}
        />
        <NumberInput
          label={t('renew.score')}
          min={1}
          max={5}
          key={form.key('rescreening.score')}
          {...form.getInputProps('rescreening.score')}
        />
      </SimpleGrid>
      <Textarea
        label={t('renew.note')}
        required
        autosize
        minRows={3}
        key={form.key('rescreening.note')}
        {...form.getInputProps('rescreening.note')}
      />
    </FormDialog>
  );
}
