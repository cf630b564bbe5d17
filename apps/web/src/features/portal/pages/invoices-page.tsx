import { SimpleGrid, Stack, Tabs, Text } from '@mantine/core';
import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { ErrorState } from '@/components/states/error-state';
import type { Me } from '@/lib/auth/roles';
import { formatDate, formatYen } from '@/lib/format';
import { toLanguage } from '@/lib/i18n/i18n';
import { portalQueries, remainingOf } from '../api/portal-queries';
import { InvoiceCards } from '../components/invoice-cards';
import { PaymentHistory } from '../components/payment-history';
import { Section } from '../components/section';
import { StatementList } from '../components/statement-list';
import { TransferAccount } from '../components/transfer-account';

/** Invoices and payments: what is still due, the transfer account, invoices with PDFs, payments, statement. */
export function InvoicesPage(_props: { me: Me }) {
  const { t, i18n } = useTranslation('portal');
  const lang = toLanguage(i18n.language);
  const invoices = useQuery(portalQueries.invoices());
  if (invoices.isError) return <ErrorState error={invoices.error} onRetry={() => void invoices.refetch()} />;
  const items = invoices.data?.items ?? [];
  const open = items.filter((i) => remainingOf(i) > 0).sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? ''));
  const due = open.reduce((sum, i) => sum + remainingOf(i), 0);
  return (
    <>
      <PageHeader title={t('invoices.title')} />
      <Stack gap="md">
        <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="md">
          <Section title={t('invoices.stillDue')}>
            {invoices.isSuccess && due === 0 ? (
              <Text>{t('invoices.stillDueNone')}</Text>
            ) : (
              <Stack gap={4}>
                <Text fz={28} fw={800}>
                  {formatYen(due)}
                </Text>
                <Text size="sm">{t('invoices.openCount', { count: open.length })}</Text>
                {open[0] && <Text fw={600}>{t('invoices.nextDue', { date: formatDate(open[0].dueDate, lang) })}</Text>}
              </Stack>
            )}
          </Section>
          <TransferAccount />
        </SimpleGrid>
        <Tabs defaultValue="invoices" keepMounted={false}>
          <Tabs.List mb="md">
            <Tabs.Tab value="invoices">{t('invoices.tabs.invoices')}</Tabs.Tab>
            <Tabs.Tab value="payments">{t('invoices.tabs.payments')}</Tabs.Tab>
            <Tabs.Tab value="statement">{t('invoices.tabs.statement')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="invoices">
            <InvoiceCards invoices={items} />
          </Tabs.Panel>
          <Tabs.Panel value="payments">
            <PaymentHistory />
          </Tabs.Panel>
          <Tabs.Panel value="statement">
            <StatementList />
          </Tabs.Panel>
        </Tabs>
      </Stack>
    </>
  );
}
