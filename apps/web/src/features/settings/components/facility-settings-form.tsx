import { Alert, Button, Checkbox, Group, Paper, Select, SimpleGrid, Stack, TextInput, Title } from '@mantine/core';
import { schemaResolver, useForm } from '@mantine/form';
import { notifications } from '@mantine/notifications';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyApiError } from '@/lib/forms/api-errors';
import {
  facilitySettingsSchema,
  toSettingsInput,
  useUpdateFacilitySettings,
  type FacilitySettingsInput,
  type OwnFacility,
} from '../api/facility-settings';

const BANK = ['bankName', 'bankCode', 'branchName', 'branchCode', 'accountType', 'accountNumber', 'accountHolder'];
const FIELDS = [
  'legalName',
  'registrationNumber',
  'qualifiedInvoiceIssuer',
  'taxRounding',
  'issuerAddress',
  'issuerPhone',
  ...BANK.map((f) => `bankAccount.${f}`),
];
// The API names the due-date rule's members; the form holds them flat.
const API_TO_FORM: Record<string, string> = {
  'dueDateRule.day': 'dueDay',
  'dueDateRule.monthOffset': 'dueMonthOffset',
  'dueDateRule.adjust': 'dueAdjust',
};
const DAYS = ['end_of_month', ...Array.from({ length: 28 }, (_, i) => String(i + 1))];

/** The facility's billing and tax settings, due-date rule and bank account, in one form. */
export function FacilitySettingsForm({ facility, canWrite }: { facility: OwnFacility; canWrite: boolean }) {
  const { t } = useTranslation(['settings', 'common', 'errors']);
  const { t: tErrors } = useTranslation('errors');
  const schema = useMemo(() => facilitySettingsSchema(tErrors), [tErrors]);
  const form = useForm<FacilitySettingsInput>({
    mode: 'uncontrolled',
    initialValues: toSettingsInput(facility),
    validate: schemaResolver(schema, { sync: true }),
  });
  const [problem, setProblem] = useState<string | null>(null);
  const update = useUpdateFacilitySettings();
  const mapped = {
    setFieldError: (path: string, e: string) => form.setFieldError(API_TO_FORM[path] ?? path, e),
    getInputNode: (path: string) => form.getInputNode(API_TO_FORM[path] ?? path),
  };
  const handleSubmit = form.onSubmit(
    (values) => {
      setProblem(null);
      update.mutate(values, {
        onSuccess: () => notifications.show({ color: 'teal', message: t('settings:facility.saved') }),
        onError: (e) => setProblem(applyApiError(t, e, mapped, [...FIELDS, ...Object.keys(API_TO_FORM)])),
      });
    },
    (errors) => form.getInputNode(Object.keys(errors)[0] ?? '')?.focus(),
  );
  const input = (path: string) => ({ ...form.getInputProps(path), disabled: !canWrite });
  return (
    <form onSubmit={handleSubmit} noValidate>
      <Stack gap="md">
        <Paper withBorder p="md" radius="md">
          <Title order={2} size="h4" mb="sm">
            {t('settings:facility.issuer')}
          </Title>
          <SimpleGrid cols={2}>
            <TextInput label={t('settings:facility.legalName')} {...input('legalName')} />
            <TextInput
              label={t('settings:facility.registrationNumber')}
              description={t('settings:facility.registrationHint')}
              {...input('registrationNumber')}
            />
            <TextInput label={t('settings:facility.issuerAddress')} {...input('issuerAddress')} />
            <TextInput label={t('settings:facility.issuerPhone')} {...input('issuerPhone')} />
          </SimpleGrid>
          <Checkbox
            mt="md"
            label={t('settings:facility.qualified')}
            {...form.getInputProps('qualifiedInvoiceIssuer', { type: 'checkbox' })}
            key={form.key('qualifiedInvoiceIssuer')}
            disabled={!canWrite}
          />
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Title order={2} size="h4" mb="sm">
            {t('settings:facility.taxAndDue')}
          </Title>
          <SimpleGrid cols={4}>
            <Select
              label={t('settings:facility.taxRounding')}
              allowDeselect={false}
              data={(['floor', 'round', 'ceil'] as const).map((r) => ({
                value: r,
                label: t(`settings:facility.rounding.${r}`),
              }))}
              {...input('taxRounding')}
            />
            <Select
              label={t('settings:facility.dueMonth')}
              allowDeselect={false}
              data={(['0', '1'] as const).map((m) => ({ value: m, label: t(`settings:facility.monthOffset.${m}`) }))}
              {...input('dueMonthOffset')}
            />
            <Select
              label={t('settings:facility.dueDay')}
              allowDeselect={false}
              data={DAYS.map((d) => ({
                value: d,
                label:
                  d === 'end_of_month' ? t('settings:facility.endOfMonth') : t('settings:facility.day', { day: d }),
              }))}
              {...input('dueDay')}
            />
            <Select
              label={t('settings:facility.dueAdjust')}
              allowDeselect={false}
              data={(['next', 'previous'] as const).map((a) => ({
                value: a,
                label: t(`settings:facility.adjust.${a}`),
              }))}
              {...input('dueAdjust')}
            />
          </SimpleGrid>
        </Paper>
        <Paper withBorder p="md" radius="md">
          <Title order={2} size="h4" mb="sm">
            {t('settings:facility.bankAccount')}
          </Title>
          <SimpleGrid cols={4}>
            {BANK.filter((f) => f !== 'accountType').map((f) => (
              <TextInput key={f} label={t(`settings:facility.bank.${f}` as never)} {...input(`bankAccount.${f}`)} />
            ))}
            <Select
              label={t('settings:facility.bank.accountType')}
              allowDeselect={false}
              data={(['ordinary', 'current', 'savings'] as const).map((a) => ({
                value: a,
                label: t(`settings:facility.accountTypes.${a}`),
              }))}
              {...input('bankAccount.accountType')}
            />
          </SimpleGrid>
        </Paper>
        {problem && (
          <Alert color="red" role="alert">
            {problem}
          </Alert>
        )}
        {canWrite && (
          <Group justify="flex-end">
            <Button type="submit" loading={update.isPending}>
              {t('settings:facility.save')}
            </Button>
          </Group>
        )}
      </Stack>
    </form>
  );
}
