import { Fieldset, SegmentedControl, SimpleGrid, Text, Textarea } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { FormDialog } from '@/components/form-dialog';
import { DateField } from '@/components/date-field';
import { YenInput } from '@/components/yen-input';
import { formatYen } from '@/lib/format';
import { useEndLease } from '../api/lease-actions';
import type { Lease } from '../api/leasing-queries';

interface EndLeaseDialogProps {
  lease: Lease;
  onClose: () => void;
}

const FIELDS = [
  'terminatedOn',
  'reason',
  'depositSettlement.settledOn',
  'depositSettlement.deductions',
  'depositSettlement.returned',
];
/** The API's deposit settlement is a nested object; the form keeps its fields at the top. */
const SETTLEMENT_ALIASES = {
  'depositSettlement.settledOn': 'settledOn',
  'depositSettlement.deductions': 'deductions',
  'depositSettlement.returned': 'returned',
};

/** Ends a lease at term or terminates it early, and settles the deposit (deductions + returned = deposit). */
export function EndLeaseDialog({ lease, onClose }: EndLeaseDialogProps) {
  const { t } = useTranslation(['leasing', 'common', 'errors']);
  const form = useForm({
    mode: 'controlled',
    initialValues: {
      to: 'ended' as 'ended' | 'terminated',
      terminatedOn: '',
      reason: '',
      settledOn: '',
      deductions: 0,
      returned: lease.deposit,
    },
  });
  const end = useEndLease(lease.id);
  const v = form.values;
  const handleSubmit = async (values: typeof form.values) => {
    const settlement = values.settledOn
      ? { settledOn: values.settledOn, deductions: values.deductions, returned: values.returned }
      : undefined;
    await end.mutateAsync({ to: values.to, terminatedOn: values.terminatedOn, reason: values.reason, settlement });
    notifications.show({ color: 'teal', message: t('end.done') });
    onClose();
  };
  return (
    <FormDialog
      onClose={onClose}
      title={t('end.title')}
      size="lg"
      form={form}
      fields={FIELDS}
      fieldAliases={SETTLEMENT_ALIASES}
      onSubmit={handleSubmit}
      submitLabel={t('end.submit')}
      submitColor="red"
    >
      <SegmentedControl
        aria-label={t('end.kind')}
        data={[
          { value: 'ended', label: t('end.ended') },
          { value: 'terminated', label: t('end.terminated') },
        ]}
        {...form.getInputProps('to')}
      />
      {v.to === 'terminated' && (
        <DateField label={t('end.terminatedOn')} required {...form.getInputProps('terminatedOn')} />
      )}
      <Textarea label={t('end.reason')} autosize minRows={2} {...form.getInputProps('reason')} />
      <Fieldset legend={t('end.settle')}>
        <Text size="sm" c="dimmed" mb="xs">
          {t('create.deposit')}: {formatYen(lease.deposit)}
        </Text>
        <SimpleGrid cols={3}>
          <DateField label={t('end.settledOn')} {...form.getInputProps('settledOn')} />
          <YenInput label={t('end.deductions')} {...form.getInputProps('deductions')} />
          <YenInput label={t('end.returned')} {...form.getInputProps('returned')} />
        </SimpleGrid>
      </Fieldset>
    </FormDialog>
  );
}
