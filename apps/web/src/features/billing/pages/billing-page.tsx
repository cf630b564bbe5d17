import { Stack, Tabs } from '@mantine/core';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { currentPeriod, type BillingSearch } from '../api/billing-search';
import { BillingRunPanel } from '../components/billing-run-panel';
import { ChargesPanel } from '../components/charges-panel';
import { InvoicesPanel } from '../components/invoices-panel';
import { MetersPanel } from '../components/meters-panel';

interface BillingPageProps {
  search: BillingSearch;
  canWrite: boolean;
}

/** 請求: run a month, then the invoices and the charges behind them. The tab and filters live in the URL. */
export function BillingPage({ search, canWrite }: BillingPageProps) {
  const { t } = useTranslation('billing');
  const navigate = useNavigate({ from: '/billing/' });
  const handleChange = (patch: Partial<BillingSearch>) => void navigate({ search: (prev) => ({ ...prev, ...patch }) });
  const tab = search.tab ?? 'run';
  return (
    <Stack gap="md">
      <PageHeader title={t('title')} description={t('description')} />
      <Tabs
        value={tab}
        onChange={(v) => handleChange({ tab: (v ?? 'run') as BillingSearch['tab'] })}
        keepMounted={false}
      >
        <Tabs.List mb="md">
          <Tabs.Tab value="run">{t('tabs.run')}</Tabs.Tab>
          <Tabs.Tab value="invoices">{t('tabs.invoices')}</Tabs.Tab>
          <Tabs.Tab value="charges">{t('tabs.charges')}</Tabs.Tab>
          <Tabs.Tab value="meters">{t('tabs.meters')}</Tabs.Tab>
        </Tabs.List>
        <Tabs.Panel value="run">
          <BillingRunPanel
            period={search.period ?? currentPeriod()}
            canWrite={canWrite}
            onPeriodChange={(period) => handleChange({ period })}
          />
        </Tabs.Panel>
        <Tabs.Panel value="invoices">
          <InvoicesPanel search={search} canWrite={canWrite} onChange={handleChange} />
        </Tabs.Panel>
        <Tabs.Panel value="charges">
          <ChargesPanel period={search.period ?? currentPeriod()} canWrite={canWrite} />
        </Tabs.Panel>
        <Tabs.Panel value="meters">
          <MetersPanel period={search.period ?? currentPeriod()} canWrite={canWrite} />
        </Tabs.Panel>
      </Tabs>
    </Stack>
  );
}
