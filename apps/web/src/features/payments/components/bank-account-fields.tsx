import { Select, SimpleGrid, TextInput } from '@mantine/core';
import type { UseFormReturnType } from '@mantine/form';
import { useTranslation } from 'react-i18next';

export interface BankAccountValues {
  bankCode: string;
  bankName: string;
  branchCode: string;
  branchName: string;
  accountType: 'ordinary' | 'current';
  accountNumber: string;
}

export const BANK_ACCOUNT_FIELDS = ['bankCode', 'bankName', 'branchCode', 'branchName', 'accountType', 'accountNumber'];

/** Checks the digits the Zengin file needs before the API is asked (the API checks them again). */
export function bankAccountRules(t: (key: string) => string) {
  const digits = (n: number) => (v: string) => (new RegExp(`^\\d{${n}}$`).test(v) ? null : t(`debit.digits${n}`));
  return { bankCode: digits(4), branchCode: digits(3), accountNumber: digits(7) };
}

/** 金融機関コード・支店コード・預金種目・口座番号, as on a 口座振替依頼書. */
export function BankAccountFields<T extends BankAccountValues>({ form }: { form: UseFormReturnType<T> }) {
  const { t } = useTranslation('payments');
  const input = (path: keyof BankAccountValues) => ({ key: form.key(path), ...form.getInputProps(path) });
  return (
    <SimpleGrid cols={2}>
      <TextInput label={t('debit.bankCode')} required inputMode="numeric" maxLength={4} {...input('bankCode')} />
      <TextInput label={t('debit.bankName')} maxLength={15} {...input('bankName')} />
      <TextInput label={t('debit.branchCode')} required inputMode="numeric" maxLength={3} {...input('branchCode')} />
      <TextInput label={t('debit.branchName')} maxLength={15} {...input('branchName')} />
      <Select
        label={t('debit.accountType')}
        required
        allowDeselect={false}
        data={[
          { value: 'ordinary', label: t('debit.type.ordinary') },
          { value: 'current', label: t('debit.type.current') },
        ]}
        {...input('accountType')}
      />
      <TextInput
        label={t('debit.accountNumber')}
        required
        inputMode="numeric"
        maxLength={7}
        {...input('accountNumber')}
      />
    </SimpleGrid>
  );
}
