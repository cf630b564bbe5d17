import { Button, SegmentedControl, Stack, Tabs } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { IconPlus } from '@tabler/icons-react';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { BANK_VIEWS, type PaymentsSearch } from '../api/payments-search';
import { AccountingExportCard } from '../components/accounting-export-card';
import { ArrearsPanel } from '../components/arrears-panel';
import { BankCreditsTable } from '../components/bank-credits-table';
import { BankImportCard } from '../components/bank-import-card';
import { BankReversalsTable } from '../components/bank-reversals-table';
import { DebitPanel } from '../components/debit-panel';
import { RecordPaymentDialog } from '../components/record-payment-dialog';
import { TrialBalanceCard } from '../components/trial-balance-card';

interface PaymentsPageProps {
  search: PaymentsSearch;
  canWrite: boolean;
}

function lastMonth(): string {
  const now = new Date();
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() - 1, 1)).toISOString().slice(0, 7);
}

/** 入金・消込: bank files and matching, arrears, and the accounting export. */
export function PaymentsPage({ search, canWrite }: PaymentsPageProps) {
  const { t } = useTranslation('payments');
  const navigate = useNavigate({ from: '/payments/' });
  const [recording, recordDialog] = useDisclosure();
  const handleChange = (patch: Partial<PaymentsSearch>) => void navigate({ search: (prev) => ({ ...prev, ...patch }) });
  const bank = search.bank ?? 'unmatched';
  const actions = canWrite && (
    <Button leftSection={<IconPlus size={16} aria-hidden />} onClick={recordDialog.open}>
      {t('record.open')}
    </Button>
  );
  return (
    <Stack gap="md">
      <PageHeader title={t('title')} description={t('description')} actions={actions} />
      <Tabs
        value={search.tab ?? 'bank'}
        onChange={(v) => handleChange({ tab: (v ?? 'bank') as PaymentsSearch['tab'] })}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="bank">{t('tabs.bank')}</Tabs.Tab>
          <Tabs.Tab value="debit">{t('tabs.debit')}</Tabs.Tab>
          <Tabs.Tab value="arrears">{t('tabs.arrears')}</Tabs.Tab>
          <Tabs.Tab value="export">{t('tabs.export')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="bank">
          <Stack gap="md">
            {canWrite && <BankImportCard />}
            <SegmentedControl
              aria-label={t('bank.view')}
              value={bank}
              onChange={(v) => handleChange({ bank: v as PaymentsSearch['bank'] })}
              data={BANK_VIEWS.map((v) => ({ value: v, label: t(`bank.tabs.${v}`) }))}
              w="fit-content"
            />
            {bank === 'reversals' ? (
              <BankReversalsTable />
            ) : (
              <BankCreditsTable key={bank} status={bank} canWrite={canWrite} />
            )}
          </Stack>
        </Tabs.Panel>
        <Tabs.Panel value="debit">
          <DebitPanel canWrite={canWrite} />
        </Tabs.Panel>
        <Tabs.Panel value="arrears">
          <ArrearsPanel />
        </Tabs.Panel>
        <Tabs.Panel value="export">
          <Stack gap="md">
            <AccountingExportCard defaultPeriod={lastMonth()} />
            <TrialBalanceCard defaultPeriod={lastMonth()} />
          </Stack>
        </Tabs.Panel>
      </Tabs>
      {recording && <RecordPaymentDialog onClose={recordDialog.close} />}
    </Stack>
  );
}
