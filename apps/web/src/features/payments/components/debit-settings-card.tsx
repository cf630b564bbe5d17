import { Alert, Button, Collapse, Group, Paper, Stack, Text, TextInput, Title } from '@mantine/core';
import { useForm } from '@mantine/form';
import { useDisclosure } from '@mantine/hooks';
import { notifications } from '@mantine/notifications';
import { IconSettings } from '@tabler/icons-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { applyApiError } from '@/lib/forms/api-errors';
import { settingsComplete, useUpdateDebitSettings, type DebitSettings } from '../api/debit-queries';
import {
  BANK_ACCOUNT_FIELDS,
  BankAccountFields,
  bankAccountRules,
  type BankAccountValues,
} from './bank-account-fields';

interface DebitSettingsCardProps {
  settings: DebitSettings;
  canWrite: boolean;
}

type Values = BankAccountValues & { consignorCode: string; consignorName: string };

/** 委託者 and the collecting account, printed on every request file; open until they are complete. */
export function DebitSettingsCard({ settings, canWrite }: DebitSettingsCardProps) {
  const { t } = useTranslation(['payments', 'common', 'errors']);
  const complete = settingsComplete(settings);
  const [opened, toggle] = useDisclosure(!complete && canWrite);
  const form = useForm<Values>({
    mode: 'uncontrolled',
    initialValues: {
      consignorCode: settings.consignorCode ?? '',
      consignorName: settings.consignorName ?? '',
      bankCode: settings.bankCode ?? '',
      bankName: settings.bankName ?? '',
      branchCode: settings.branchCode ?? '',
      branchName: settings.branchName ?? '',
      accountType: settings.accountType ?? 'ordinary',
      accountNumber: settings.accountNumber ?? '',
    },
    validate: {
      ...bankAccountRules((k) => t(`payments:${k}` as never)),
      consignorCode: (v) => (/^\d{1,10}$/.test(v) ? null : t('payments:debit.digits10')),
      consignorName: (v) => (v.trim() ? null : t('errors:codes.required')),
    },
  });
  const [problem, setProblem] = useState<string | null>(null);
  const save = useUpdateDebitSettings();
  const handleSubmit = form.onSubmit(
    (values) => {
      setProblem(null);
      const { bankName, branchName, ...rest } = values;
      save.mutate(
        { ...rest, ...(bankName ? { bankName } : {}), ...(branchName ? { branchName } : {}) },
        {
          onSuccess: () => {
            notifications.show({
              color: 'teal',
              message: t('payments:debit.settingsSaved'),
              closeButtonProps: { 'aria-label': t('common:actions.close') },
            });
            toggle.close();
          },
          onError: (e) =>
            setProblem(applyApiError(t, e, form, ['consignorCode', 'consignorName', ...BANK_ACCOUNT_FIELDS])),
        },
      );
    },
    (errors) => form.getInputNode(Object.keys(errors)[0] ?? '')?.focus(),
  );
  return (
    <Paper withBorder p="md" radius="md">
      <Group justify="space-between" align="flex-start">
        <div>
          <Title order={2} size="h4">
            {t('payments:debit.settingsTitle')}
          </Title>
          <Text size="sm" c="dimmed">
            {complete
              ? t('payments:debit.consignor', {
                  code: settings.consignorCode,
                  name: settings.consignorName,
                  bank: settings.bankName ?? settings.bankCode,
                  branch: settings.branchName ?? settings.branchCode,
                  number: settings.accountNumber,
                })
              : t('payments:debit.settingsMissing')}
          </Text>
        </div>
        {canWrite && (
          <Button
            variant="default"
            leftSection={<IconSettings size={16} aria-hidden />}
            onClick={toggle.toggle}
            aria-expanded={opened}
          >
            {t('payments:debit.editSettings')}
          </Button>
        )}
      </Group>
      {!complete && !canWrite && (
        <Alert color="yellow" mt="sm">
          {t('payments:debit.settingsMissing')}
        </Alert>
      )}
      <Collapse expanded={opened}>
        <form onSubmit={handleSubmit} noValidate>
          <Stack mt="md" maw={640}>
            <Group grow>
              <TextInput
                label={t('payments:debit.consignorCode')}
                description={t('payments:debit.consignorCodeHint')}
                required
                inputMode="numeric"
                maxLength={10}
                key={form.key('consignorCode')}
                {...form.getInputProps('consignorCode')}
              />
              <TextInput
                label={t('payments:debit.consignorName')}
                description={t('payments:debit.kanaHint', { example: t('payments:debit.kanaExampleJa') })}
                required
                maxLength={40}
                key={form.key('consignorName')}
                {...form.getInputProps('consignorName')}
              />
            </Group>
            <BankAccountFields form={form} />
            {problem && (
              <Alert color="red" role="alert">
                {problem}
              </Alert>
            )}
            <Group justify="flex-end">
              <Button type="submit" loading={save.isPending}>
                {t('common:actions.save')}
              </Button>
            </Group>
          </Stack>
        </form>
      </Collapse>
    </Paper>
  );
}
