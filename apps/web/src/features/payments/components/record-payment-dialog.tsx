import { NumberInput, Select, Textarea } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { TenantSelect } from '@/components/form/tenant-select';
import { FormDialog } from '@/components/form-dialog';
import { formatYen } from '@/lib/format';
import { PAYMENT_METHODS, recordPaymentSchema, useRecordPayment, type RecordPaymentInput } from '../api/record-payment';
import { DateField } from '@/components/date-field';

interface RecordPaymentDialogProps {
  onClose: () => void;
}

const FIELDS = ['tenantId', 'amount', 'paidOn', 'method', 'note'];

/** Records a payment by hand; the API applies it to the tenant's oldest open invoices. */
export function RecordPaymentDialog({ onClose }: RecordPaymentDialogProps) {
  const { t } = useTranslation(['payments', 'common', 'errors']);
  const { t: tErrors } = useTranslation('errors');
  const schema = useMemo(() => recordPaymentSchema(tErrors), [tErrors]);
  const [key] = useState(() => crypto.randomUUID());
  const form = useForm<RecordPaymentInput>({
    mode: 'uncontrolled',
    initialValues: { tenantId: '', amount: '' as unknown as number, paidOn: '', method: 'bank_transfer', note: '' },
    validate: schemaResolver(schema, { sync: true }),
  });
  const record = useRecordPayment();
  const handleSubmit = async (values: RecordPaymentInput) => {
    const payment = await record.mutateAsync({ values, key });
    notifications.show({
      color: 'teal',
      message: t('payments:record.done', { amount: formatYen(payment.amount) }),
      closeButtonProps: { 'aria-label': t('common:actions.close') },
    });
    onClose();
  };
  return (
    <FormDialog
      onClose={onClose}
      title={t('payments:record.title')}
      form={form}
      fields={FIELDS}
      onSubmit={handleSubmit}
      submitLabel={t('payments:record.submit')}
    >
      <TenantSelect
        label={t('payments:record.tenant')}
        required
        key={form.key('tenantId')}
        {...form.getInputProps('tenantId')}
      />
      <NumberInput
        label={t('payments:record.amount')}
        required
        prefix="¥"
        thousandSeparator=","
        allowDecimal={false}
        allowNegative={false}
        key={form.key('amount')}
        {...form.getInputProps('amount')}
      />
      <DateField
        label={t('payments:record.paidOn')}
        required
        key={form.key('paidOn')}
        {...form.getInputProps('paidOn')}
      />
      <Select
        label={t('payments:record.method')}
        allowDeselect={false}
        data={PAYMENT_METHODS.map((m) => ({ value: m, label: t(`payments:method.${m}`) }))}
        key={form.key('method')}
        {...form.getInputProps('method')}
      />
      <Textarea label={t('payments:record.note')} rows={2} key={form.key('note')} {...form.getInputProps('note')} />
    </FormDialog>
  );
}
