import { Anchor, Paper, Stack, Text, Title } from '@mantine/core';
import { useSuspenseQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { PageHeader } from '@/components/page-header';
import { RoomTypesTable } from '@/components/room-types-table';
import { facilityQueries } from '../api/facility-settings';
import { FacilitySettingsForm } from '../components/facility-settings-form';

interface SettingsPageProps {
  canWrite: boolean;
  canManageUsers: boolean;
  /** Room types are a facility admin's (the API's @Roles). */
  canEditRoomTypes?: boolean;
}

/** 設定: the facility's billing, tax, due-date and bank settings; staff users for facility admins. */
export function SettingsPage({ canWrite, canManageUsers, canEditRoomTypes = false }: SettingsPageProps) {
  const { t } = useTranslation('settings');
  const { data } = useSuspenseQuery(facilityQueries.own());
  const actions = canManageUsers && (
    <Anchor renderRoot={(p) => <Link to="/settings/users" {...p} />}>{t('users.title')}</Anchor>
  );
  return (
    <Stack gap="md">
      <PageHeader
        title={t('facility.title')}
        description={t('facility.description', { name: data.name })}
        actions={actions}
      />
      <FacilitySettingsForm facility={data} canWrite={canWrite} />
      <Paper withBorder p="md" radius="md">
        <Title order={2} size="h4">
          {t('roomTypes.title')}
        </Title>
        <Text size="sm" c="dimmed" mb="sm">
          {t('roomTypes.description')}
        </Text>
        <RoomTypesTable canWrite={canEditRoomTypes} />
      </Paper>
    </Stack>
  );
}
