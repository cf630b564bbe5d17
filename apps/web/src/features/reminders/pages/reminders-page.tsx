import { Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { ReminderSettingsTable } from '../components/reminder-settings-table';
import { SuppressionsTable } from '../components/suppressions-table';

/** リマインダー・配信停止: what the daily reminders send, and the addresses mail no longer reaches. */
export function RemindersPage({ isAdmin, canSeeSuppressions }: { isAdmin: boolean; canSeeSuppressions: boolean }) {
  const { t } = useTranslation('reminders');
  return (
    <Stack gap="md">
      <PageHeader title={t('title')} description={t('description')} />
      <ReminderSettingsTable canEdit={isAdmin} />
      {canSeeSuppressions && <SuppressionsTable canClear={isAdmin} />}
    </Stack>
  );
}
