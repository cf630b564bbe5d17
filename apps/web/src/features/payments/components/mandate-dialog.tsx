import { SimpleGrid, TextInput } from '@mantine/core';
import { useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useTranslation } from 'react-i18next';
import { TenantSelect } from '@/components/form/tenant-select';
import { FormDialog } from '@/components/form-dialog';
import { useCreateMandate } from '../api/debit-queries';
import {
  BANK_ACCOUNT_FIELDS,
  BankAccountFields,
  bankAccountRules,
  type BankAccountValues,
} from './bank-account-fields';

interface MandateDialogProps {
  onClose: () => void;
}

type Values = BankAccountValues & { tenantId: string; holderName: string; customerNumber: string };
const FIELDS = ['tenantId', 'holderName', 'customerNumber', ...BANK_ACCOUNT_FIELDS];

/** Registers a 口座振替依頼書: the tenant, the payer's account and the customer number the bank knows. */
export function MandateDialog({ onClose }: MandateDialogProps) {
  const { t } = useTranslation(['payments', 'common', 'errors']);
  const form = useForm<Values>({
    mode: 'uncontrolled',
    initialValues: {
      tenantId: '',
      bankCode: '',
      bankName: '',
      branchCode: '',
      branchName: '',
      accountType: 'ordinary',
      accountNumber: '',
      holderName: '',
      customerNumber: '',
    },
    validate: {
      ...bankAccountRules((k) => t(`payments:${k}` as never)),
      tenantId: (v) => (v ? null : t('errors:codes.required')),
      holderName: (v) => (v.trim() ? null : t('errors:codes.required')),
      customerNumber: (v) => (/^\d{1,20}$/.test(v) ? null : t('payments:debit.digits20')),
    },
  });
  const create = useCreateMandate();
  const handleSubmit = async (values: Values) => {
    const { bankName, branchName, ...rest } = values;
    await create.mutateAsync({ ...rest, ...(bankName ? { bankName } : {}), ...(branchName ? { branchName } : {}) });
    notifications.show({
      color: 'teal',
      message: t('payments:debit.mandateCreated'),
      closeButtonProps: { 'aria-label': t('common:actions.close') },
    });
    onClose();
  };
  return (
    <FormDialog
      onClose={onClose}
      title={t('payments:debit.registerTitle')}
      size="lg"
      form={form}
      fields={FIELDS}
      onSubmit={handleSubmit}
      submitLabel={t('payments:debit.register')}
    >
      <TenantSelect
        label={t('payments:debit.tenant')}
        required
        key={form.key('tenantId')}
        {...form.getInputProps('tenantId')}
      />
      <BankAccountFields form={form} />
      <SimpleGrid cols={2}>
        <TextInput
          label={t('payments:debit.holderName')}
          description={t('payments:debit.kanaHint', { example: t('payments:debit.kanaExampleJa') })}
          required
          maxLength={60}
          key={form.key('holderName')}
          {...form.getInputProps('holderName')}
        />
        <TextInput
          label={t('payments:debit.customerNumber')}
          description={t('payments:debit.customerNumberHint')}
          required
          inputMode="numeric"
          maxLength={20}
          key={form.key('customerNumber')}
          {...form.getInputProps('customerNumber')}
        />
      </SimpleGrid>
    </FormDialog>
  );
}
