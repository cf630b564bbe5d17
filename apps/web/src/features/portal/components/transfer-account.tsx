import { Button, CopyButton, Stack, Text } from '@mantine/core';
import { IconCheck, IconCopy } from '@tabler/icons-react';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { portalQueries, type BankAccount } from '../api/portal-queries';
import { ReadOnlyFields } from './read-only-fields';
import { Section } from './section';

/** The facility's transfer account with one button that copies all of it. */
export function TransferAccount() {
  const { t } = useTranslation('portal');
  const payer = useQuery(portalQueries.payer());
  const account = payer.data?.bankAccount as BankAccount | null | undefined;
  const type = account ? t(`invoices.accountTypes.${account.accountType}`) : '';
  const text = account
    ? `${account.bankName} ${account.branchName} ${type} ${account.accountNumber} ${account.accountHolder}`
    : '';
  return (
    <Section
      title={t('invoices.transfer')}
      actions={
        account && (
          <CopyButton value={text} timeout={2500}>
            {({ copied, copy }) => (
              <Button
                size="xs"
                variant={copied ? 'filled' : 'outline'}
                leftSection={copied ? <IconCheck size={14} aria-hidden /> : <IconCopy size={14} aria-hidden />}
                onClick={copy}
                aria-live="polite"
              >
                {copied ? t('invoices.copied') : t('invoices.copy')}
              </Button>
            )}
          </CopyButton>
        )
      }
    >
      {account ? (
        <Stack gap="xs">
          <ReadOnlyFields
            cols={{ base: 2 }}
            fields={[
              { label: t('invoices.bank'), value: account.bankName },
              { label: t('invoices.branch'), value: account.branchName },
              { label: t('invoices.accountType'), value: type },
              { label: t('invoices.accountNumber'), value: account.accountNumber },
              { label: t('invoices.accountHolder'), value: account.accountHolder },
            ]}
          />
          <Text size="xs" c="dimmed">
            {t('invoices.transferNote')}
          </Text>
        </Stack>
      ) : (
        <Text c="dimmed">{payer.isSuccess ? t('invoices.transferNone') : ''}</Text>
      )}
    </Section>
  );
}
