import { Grid, Stack, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { RequestReportForm } from '../components/request-report-form';
import { ReportSettingsForm } from '../components/report-settings-form';
import { ReportsTable } from '../components/reports-table';

interface ReportsPageProps {
  canEditSettings: boolean;
}

/** レポート: request a report for funders, watch it being made, download it; and the scheduled ones. */
export function ReportsPage({ canEditSettings }: ReportsPageProps) {
  const { t } = useTranslation('reports');
  return (
    <Stack gap="md">
      <PageHeader title={t('title')} description={t('description')} />
      <Grid gap="md">
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <RequestReportForm />
        </Grid.Col>
        <Grid.Col span={{ base: 12, lg: 6 }}>
          <ReportSettingsForm canEdit={canEditSettings} />
        </Grid.Col>
      </Grid>
      <Title order={2} size="h4">
        {t('list.title')}
      </Title>
      <ReportsTable />
    </Stack>
  );
}
